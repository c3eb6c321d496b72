import { model } from "@medusajs/framework/utils"

/**
 * How many non-canceled orders contain both products (kept in both
 * directions; a pair counts once per order).
 */
const AnalyticsCoPurchase = model
  .define("analytics_co_purchase", {
    id: model.id({ prefix: "ancp" }).primaryKey(),
    product_id: model.text(),
    other_product_id: model.text(),
    orders_count: model.number().default(0),
  })
  .indexes([{ on: ["product_id", "other_product_id"], unique: true }])

export default AnalyticsCoPurchase
