import { model } from "@medusajs/framework/utils"

/** Daily rollup per variant of non-canceled order lines (revenue = subtotal - discount). */
const AnalyticsDailyVariant = model
  .define("analytics_daily_variant", {
    id: model.id({ prefix: "andv" }).primaryKey(),
    day: model.text(),
    variant_id: model.text(),
    currency_code: model.text(),
    product_id: model.text().nullable(),
    orders: model.number().default(0),
    units: model.number().default(0),
    returned_units: model.number().default(0),
    revenue: model.bigNumber(),
  })
  .indexes([
    { on: ["day", "variant_id", "currency_code"], unique: true },
    { on: ["product_id", "day"], where: "product_id IS NOT NULL" },
  ])

export default AnalyticsDailyVariant
