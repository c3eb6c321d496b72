import { model } from "@medusajs/framework/utils"
import PurchaseOrder from "./purchase-order"

/** One inventory item of a purchase order; `unit_cost` is in the order's currency. */
const PurchaseOrderLine = model
  .define("purchase_order_line", {
    id: model.id({ prefix: "pol" }).primaryKey(),
    purchase_order: model.belongsTo(() => PurchaseOrder, { mappedBy: "lines" }),
    inventory_item_id: model.text(),
    quantity_ordered: model.number(),
    quantity_received: model.number().default(0),
    unit_cost: model.bigNumber(),
  })
  .indexes([
    { on: ["purchase_order_id", "inventory_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["inventory_item_id"], where: "deleted_at IS NULL" },
  ])
  .checks([
    { name: "purchase_order_line_quantities_valid", expression: "quantity_ordered > 0 AND quantity_received >= 0" },
    { name: "purchase_order_line_unit_cost_valid", expression: "unit_cost >= 0" },
  ])

export default PurchaseOrderLine
