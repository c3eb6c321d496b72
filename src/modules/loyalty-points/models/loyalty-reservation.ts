import { model } from "@medusajs/framework/utils"

/**
 * Points a customer applied to a cart. They are held (account.points_reserved)
 * until the order is placed (consumed: one redeem entry) or the points are
 * removed or the cart is abandoned (released). The discount itself is a
 * single-use promotion on the cart, cleaned up once the reservation ends.
 */
const LoyaltyReservation = model
  .define("loyalty_reservation", {
    id: model.id({ prefix: "lpres" }).primaryKey(),
    cart_id: model.text(),
    customer_id: model.text(),
    points: model.number(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    promotion_id: model.text().nullable(),
    promotion_code: model.text(),
    status: model.enum(["active", "consumed", "released"]).default("active"),
    order_id: model.text().nullable(),
    released_reason: model.text().nullable(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "status = 'active'" },
    { on: ["customer_id", "status"] },
    { on: ["status", "created_at"] },
  ])

export default LoyaltyReservation
