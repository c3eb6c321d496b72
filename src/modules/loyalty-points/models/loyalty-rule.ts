import { model } from "@medusajs/framework/utils"

/** The points program for one currency. Edited by the merchant in admin. */
const LoyaltyRule = model
  .define("loyalty_rule", {
    id: model.id({ prefix: "lprule" }).primaryKey(),
    currency_code: model.text(),
    is_active: model.boolean().default(true),
    /** Points earned per 1 unit (e.g. 1 EUR) of net paid amount. */
    points_per_unit: model.bigNumber().default(1),
    rounding: model.enum(["floor", "round", "ceil"]).default("floor"),
    include_tax: model.boolean().default(false),
    include_shipping: model.boolean().default(false),
    /** Points worth 1 unit of currency when redeemed (100 => 100 points = 1 EUR). */
    points_per_currency_unit: model.number().default(100),
    min_redemption: model.number().default(0),
    /** Largest share (0..1) of an order total payable with points. */
    max_redemption_share: model.bigNumber().default(0.5),
    /** Months until earned points expire; null = never. */
    expiry_months: model.number().nullable(),
    /** Days earned points stay pending; 0 = available at once. */
    pending_days: model.number().default(0),
    welcome_points: model.number().default(0),
    /** [{ name, min_spend, multiplier }] by trailing-12-month spend. */
    tiers: model.json().nullable(),
  })
  .indexes([{ on: ["currency_code"], unique: true, where: "deleted_at IS NULL" }])

export default LoyaltyRule
