import { model } from "@medusajs/framework/utils"

/**
 * A low-stock threshold for one inventory item, summed over all locations
 * (`location_id` null) or at one stock location. The store default lives in
 * the settings; the most specific threshold wins.
 */
const InventoryThreshold = model
  .define("inventory_threshold", {
    id: model.id({ prefix: "ithr" }).primaryKey(),
    inventory_item_id: model.text(),
    location_id: model.text().nullable(),
    threshold: model.number(),
    /** Units kept in reserve on top of lead-time demand in replenishment suggestions. */
    safety_stock: model.number().nullable(),
    updated_by: model.text().nullable(),
  })
  .indexes([
    { on: ["inventory_item_id", "location_id"], unique: true, where: "location_id IS NOT NULL" },
    { on: ["inventory_item_id"], unique: true, where: "location_id IS NULL" },
  ])
  .checks([
    {
      name: "inventory_threshold_non_negative",
      expression: "threshold >= 0 AND (safety_stock IS NULL OR safety_stock >= 0)",
    },
  ])

export default InventoryThreshold
