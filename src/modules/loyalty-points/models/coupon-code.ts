import { model } from "@medusajs/framework/utils"

/**
 * One unique code. Status moves unused -> applied (claimed by one cart) ->
 * redeemed (its order was placed), or to revoked; "expired" is derived from
 * expires_at. The status changes by conditional UPDATEs, so two carts can
 * never hold the same single-use code.
 */
const CouponCode = model
  .define("coupon_code", {
    id: model.id({ prefix: "cpn" }).primaryKey(),
    batch_id: model.text(),
    code: model.text(),
    status: model.enum(["unused", "applied", "redeemed", "revoked"]).default("unused"),
    /** Only this customer may use the code (assignment or points exchange). */
    customer_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    applied_at: model.dateTime().nullable(),
    redeemed_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    expires_at: model.dateTime().nullable(),
    redemption_count: model.number().default(0),
  })
  .indexes([
    { on: ["code"], unique: true },
    { on: ["batch_id", "status"] },
    { on: ["cart_id"], where: "cart_id IS NOT NULL" },
    { on: ["customer_id"], where: "customer_id IS NOT NULL" },
  ])

export default CouponCode
