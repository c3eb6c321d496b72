import { model } from "@medusajs/framework/utils"

/**
 * One alert per crossing. `scope_key` is the location id, or "*" for the item
 * summed over all locations. While `recovered_at` is null the crossing is
 * still on: a unique index allows one such alert per (item, scope, kind), so
 * an item that stays low raises nothing new. `recovered_at` is set when
 * available stock climbs above threshold + hysteresis, which re-arms it.
 *
 * `status` is the merchant's workflow (open -> acknowledged -> resolved); a
 * manually resolved alert whose stock is still low stays armed-off until the
 * stock recovers.
 */
const InventoryAlert = model
  .define("inventory_alert", {
    id: model.id({ prefix: "ialrt" }).primaryKey(),
    inventory_item_id: model.text(),
    location_id: model.text().nullable(),
    scope_key: model.text(),
    kind: model.enum(["low_stock", "out_of_stock"]),
    severity: model.enum(["warning", "critical"]),
    status: model.enum(["open", "acknowledged", "resolved"]).default("open"),
    threshold: model.number(),
    /** Available quantity (stocked - reserved) when the alert was raised, and as last seen. */
    raised_quantity: model.bigNumber(),
    current_quantity: model.bigNumber(),
    raised_at: model.dateTime(),
    acknowledged_at: model.dateTime().nullable(),
    acknowledged_by: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    resolved_by: model.text().nullable(),
    resolution: model.enum(["recovered", "manual"]).nullable(),
    recovered_at: model.dateTime().nullable(),
    note: model.text().nullable(),
  })
  .indexes([
    {
      on: ["inventory_item_id", "scope_key", "kind"],
      unique: true,
      where: "recovered_at IS NULL AND deleted_at IS NULL",
    },
    { on: ["status", "raised_at"] },
    { on: ["inventory_item_id", "raised_at"] },
  ])

export default InventoryAlert
