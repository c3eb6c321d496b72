import { model } from "@medusajs/framework/utils"

/**
 * What one order contributes to a product's units sold (its items in the
 * order's current version, less received returns; 0 rows for a canceled or
 * draft order). Replaced whole per order on every order event, so a product's
 * figure is a sum over this narrow table instead of a join over every order
 * line of the store.
 */
const SearchOrderUnits = model
  .define("search_order_units", {
    id: model.id({ prefix: "srou" }).primaryKey(),
    order_id: model.text(),
    product_id: model.text(),
    units: model.number().default(0),
  })
  .indexes([{ on: ["order_id", "product_id"], unique: true }, { on: ["product_id"] }])

export default SearchOrderUnits
