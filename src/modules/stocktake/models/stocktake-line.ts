import { model } from "@medusajs/framework/utils"
import Stocktake from "./stocktake"

/**
 * One inventory item of a stocktake. `expected_quantity` is the stocked
 * quantity when the stocktake was created; `applied_delta` is what approval
 * added to (or took from) the level.
 */
const StocktakeLine = model
  .define("stocktake_line", {
    id: model.id({ prefix: "stkl" }).primaryKey(),
    stocktake: model.belongsTo(() => Stocktake, { mappedBy: "lines" }),
    inventory_item_id: model.text(),
    /** Copied at creation for display and CSV matching. */
    sku: model.text().nullable(),
    title: model.text().nullable(),
    expected_quantity: model.number(),
    counted_quantity: model.number().nullable(),
    counted_at: model.dateTime().nullable(),
    counted_by: model.text().nullable(),
    /** Cost of one unit (preferred supplier's cost price) for the variance value; null when unknown. */
    unit_cost: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    applied_delta: model.number().nullable(),
  })
  .indexes([
    { on: ["stocktake_id", "inventory_item_id"], unique: true },
    { on: ["stocktake_id", "sku"] },
    { on: ["inventory_item_id"] },
  ])
  .checks([{ name: "stocktake_line_counted_valid", expression: "counted_quantity IS NULL OR counted_quantity >= 0" }])

export default StocktakeLine
