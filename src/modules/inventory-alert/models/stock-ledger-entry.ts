import { model } from "@medusajs/framework/utils"

/**
 * Append-only record of every change of stocked quantity at a location.
 * `reason` says why; `reference_type`/`reference_id` point at the order,
 * return, purchase order or stocktake; `idempotency_key` makes a posting
 * safe to repeat.
 */
const StockLedgerEntry = model
  .define("stock_ledger_entry", {
    id: model.id({ prefix: "islg" }).primaryKey(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    quantity_before: model.bigNumber(),
    quantity_after: model.bigNumber(),
    delta: model.bigNumber(),
    reason: model.enum(["order", "return", "receipt", "stocktake", "manual", "import", "other"]),
    actor: model.text().nullable(),
    reference_type: model.text().nullable(),
    reference_id: model.text().nullable(),
    note: model.text().nullable(),
    idempotency_key: model.text(),
    /** Workflow run that made the change, when it came from a core event. */
    event_group_id: model.text().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["inventory_item_id", "created_at"] },
    { on: ["location_id", "created_at"] },
    { on: ["reason", "created_at"] },
    { on: ["reference_id"], where: "reference_id IS NOT NULL" },
    { on: ["event_group_id"], where: "event_group_id IS NOT NULL" },
  ])

export default StockLedgerEntry
