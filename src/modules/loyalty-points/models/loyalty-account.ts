import { model } from "@medusajs/framework/utils"

/**
 * One account per customer. Its balances are a cache of the ledger, changed
 * only inside the same transaction as a ledger posting, under a row lock:
 *   points_available + points_pending - points_debt = sum(entry.points)
 */
const LoyaltyAccount = model
  .define("loyalty_account", {
    id: model.id({ prefix: "lpacc" }).primaryKey(),
    customer_id: model.text(),
    points_available: model.number().default(0),
    points_pending: model.number().default(0),
    /** Points reversed after they were spent: owed back from future earnings. */
    points_debt: model.number().default(0),
    /** Available points held by carts (loyalty_reservation), not yet spent. */
    points_reserved: model.number().default(0),
    lifetime_earned: model.number().default(0),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])
  .checks([
    // A last line of defence: the service never lets a bucket go negative.
    {
      name: "loyalty_account_balances_non_negative",
      expression: "points_available >= 0 AND points_pending >= 0 AND points_debt >= 0 AND points_reserved >= 0",
    },
  ])

export default LoyaltyAccount
