import { model } from "@medusajs/framework/utils"

/**
 * A shopper waiting for an out-of-stock variant in one sales channel. Kept
 * after notification as demand history. One waiting subscription per
 * (variant, channel, e-mail).
 */
const BackInStockSubscription = model
  .define("back_in_stock_subscription", {
    id: model.id({ prefix: "bis" }).primaryKey(),
    variant_id: model.text(),
    sales_channel_id: model.text(),
    customer_id: model.text().nullable(),
    email: model.text(),
    status: model.enum(["waiting", "notified", "canceled"]).default("waiting"),
    notified_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    /** Lets a guest unsubscribe without an account (hash of a token handed out once). */
    token_hash: model.text(),
  })
  .indexes([
    {
      on: ["variant_id", "sales_channel_id", "email"],
      unique: true,
      where: "status = 'waiting' AND deleted_at IS NULL",
    },
    { on: ["variant_id", "status"] },
    { on: ["customer_id"], where: "customer_id IS NOT NULL" },
  ])

export default BackInStockSubscription
