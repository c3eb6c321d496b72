import { model } from "@medusajs/framework/utils"

/**
 * A code applied to a cart (status applied), then used by the order placed
 * from it (redeemed), or taken off again (released). Redeemed rows are what
 * "once per customer" checks and what the marketing reports count.
 */
const CouponRedemption = model
  .define("coupon_redemption", {
    id: model.id({ prefix: "cpnr" }).primaryKey(),
    code_id: model.text(),
    batch_id: model.text(),
    cart_id: model.text(),
    order_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    status: model.enum(["applied", "redeemed", "released"]).default("applied"),
  })
  .indexes([
    { on: ["code_id", "cart_id"], unique: true, where: "status <> 'released'" },
    { on: ["cart_id", "status"] },
    { on: ["batch_id", "customer_id"], where: "status = 'redeemed'" },
    { on: ["batch_id", "email"], where: "status = 'redeemed'" },
  ])

export default CouponRedemption
