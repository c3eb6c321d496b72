import { model } from "@medusajs/framework/utils"
import PurchaseOrderLine from "./purchase-order-line"
import PurchaseOrderReceipt from "./purchase-order-receipt"

export const PURCHASE_ORDER_STATUSES = ["draft", "ordered", "partially_received", "received", "canceled"] as const

/**
 * An order to a supplier, received into one stock location.
 * draft -> ordered -> partially_received -> received, or canceled.
 */
const PurchaseOrder = model
  .define("purchase_order", {
    id: model.id({ prefix: "po" }).primaryKey(),
    /** Sequential number shown as PO-000123. */
    display_number: model.autoincrement(),
    supplier_id: model.text(),
    location_id: model.text(),
    status: model.enum([...PURCHASE_ORDER_STATUSES]).default("draft"),
    currency_code: model.text(),
    ordered_at: model.dateTime().nullable(),
    expected_at: model.dateTime().nullable(),
    received_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
    notes: model.text().nullable(),
    metadata: model.json().nullable(),
    lines: model.hasMany(() => PurchaseOrderLine, { mappedBy: "purchase_order" }),
    receipts: model.hasMany(() => PurchaseOrderReceipt, { mappedBy: "purchase_order" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([{ on: ["display_number"], unique: true }, { on: ["supplier_id"] }, { on: ["status", "created_at"] }])

export default PurchaseOrder
