import { model } from "@medusajs/framework/utils"

/**
 * Why the stock changes of one workflow run (its event group) happened: an
 * order fulfillment, a received return, a receipt, a stocktake. Lets the
 * ledger attribute changes whichever of the events arrives first.
 *
 * `stock_keys` ("item:location") lists the levels the run is about to
 * change, when the run knows them: a change found while processing another
 * run's (older) event is then still given to this cause.
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
    stock_keys: model.json().nullable(),
  })
  .indexes([{ on: ["event_group_id"], unique: true }])

export default StockMovementCause
