import { model } from "@medusajs/framework/utils"

/**
 * Why the stock changes of one workflow run (its event group) happened: an
 * order fulfillment, a received return. Lets the ledger attribute changes
 * that core workflows make, whichever of the two events arrives first.
 */
const StockMovementCause = model
  .define("stock_movement_cause", {
    id: model.id({ prefix: "ismc" }).primaryKey(),
    event_group_id: model.text(),
    reason: model.enum(["order", "return", "receipt", "stocktake", "manual", "import", "other"]),
    reference_type: model.text().nullable(),
    reference_id: model.text().nullable(),
    actor: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["event_group_id"], unique: true }])

export default StockMovementCause
