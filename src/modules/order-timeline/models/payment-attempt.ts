import { model } from "@medusajs/framework/utils"

/**
 * A payment provider's webhook result that Medusa's own webhook handler
 * drops (failed, canceled, requires more action). One row per
 * (provider, attempt key); the key is the payment session and the action, so
 * a webhook posted again records nothing more.
 */
const PaymentAttempt = model
  .define("payment_attempt", {
    id: model.id({ prefix: "payatt" }).primaryKey(),
    provider_id: model.text(),
    attempt_key: model.text(),
    status: model.enum(["failed", "canceled", "requires_more"]),
    payment_session_id: model.text(),
    payment_collection_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    /** Set when the cart had already become an order. */
    order_id: model.text().nullable(),
    amount: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    error_message: model.text().nullable(),
    occurred_at: model.dateTime(),
    data: model.json().nullable(),
  })
  .indexes([
    { on: ["provider_id", "attempt_key"], unique: true },
    { on: ["cart_id"], where: "cart_id IS NOT NULL" },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    { on: ["payment_session_id"] },
  ])

export default PaymentAttempt
