import { model } from "@medusajs/framework/utils"

/**
 * The stocked quantity the ledger last accounted for at one (item, location).
 * A level change the ledger has not seen shows up as a difference from it.
 */
const StockLevelSnapshot = model
  .define("stock_level_snapshot", {
    id: model.id({ prefix: "islv" }).primaryKey(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    stocked_quantity: model.bigNumber(),
  })
  .indexes([{ on: ["inventory_item_id", "location_id"], unique: true }])

export default StockLevelSnapshot
