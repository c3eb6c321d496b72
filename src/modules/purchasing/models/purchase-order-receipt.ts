import { model } from "@medusajs/framework/utils"
import PurchaseOrder from "./purchase-order"

/**
 * One delivery booked against a purchase order. The unique idempotency key
 * makes a repeated receive request a no-op.
 */
const PurchaseOrderReceipt = model
  .define("purchase_order_receipt", {
    id: model.id({ prefix: "porc" }).primaryKey(),
    purchase_order: model.belongsTo(() => PurchaseOrder, { mappedBy: "receipts" }),
    idempotency_key: model.text(),
    /** [{ line_id, inventory_item_id, quantity }] as booked. */
    lines: model.json(),
    received_by: model.text().nullable(),
  })
  .indexes([{ on: ["idempotency_key"], unique: true, where: "deleted_at IS NULL" }])

export default PurchaseOrderReceipt
