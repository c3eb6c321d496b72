import { model } from "@medusajs/framework/utils"

/**
 * Units sold per product: the sum of its search_order_units rows (items of
 * orders that are neither drafts nor canceled, less received returns). The
 * product search documents read it for the "best selling" sort.
 */
const SearchProductPopularity = model
  .define("search_product_popularity", {
    id: model.id({ prefix: "srpop" }).primaryKey(),
    product_id: model.text(),
    units_sold: model.number().default(0),
  })
  .indexes([{ on: ["product_id"], unique: true }])

export default SearchProductPopularity
