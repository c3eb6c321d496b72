import { model } from "@medusajs/framework/utils"
import SupplierItem from "./supplier-item"

/** Someone we buy stock from: lead time and minimum order feed replenishment. */
const Supplier = model
  .define("supplier", {
    id: model.id({ prefix: "sup" }).primaryKey(),
    name: model.text().searchable(),
    contact_name: model.text().nullable(),
    email: model.text().searchable().nullable(),
    phone: model.text().nullable(),
    lead_time_days: model.number().default(14),
    minimum_order_quantity: model.number().default(0),
    currency_code: model.text(),
    notes: model.text().nullable(),
    metadata: model.json().nullable(),
    items: model.hasMany(() => SupplierItem, { mappedBy: "supplier" }),
  })
  .cascades({ delete: ["items"] })
  .checks([
    { name: "supplier_lead_time_days_valid", expression: "lead_time_days >= 0" },
    { name: "supplier_minimum_order_quantity_valid", expression: "minimum_order_quantity >= 0" },
  ])

export default Supplier
