import { model } from "@medusajs/framework/utils"
import Supplier from "./supplier"

/**
 * What one supplier charges for one inventory item. At most one supplier is
 * preferred per item (the service keeps it that way).
 */
const SupplierItem = model
  .define("supplier_item", {
    id: model.id({ prefix: "supi" }).primaryKey(),
    supplier: model.belongsTo(() => Supplier, { mappedBy: "items" }),
    inventory_item_id: model.text(),
    supplier_sku: model.text().nullable(),
    cost_price: model.bigNumber(),
    currency_code: model.text(),
    is_preferred: model.boolean().default(false),
  })
  .indexes([
    { on: ["supplier_id", "inventory_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["inventory_item_id"], where: "deleted_at IS NULL" },
  ])
  .checks([{ name: "supplier_item_cost_price_valid", expression: "cost_price >= 0" }])

export default SupplierItem
