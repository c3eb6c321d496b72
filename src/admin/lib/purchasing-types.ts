/** Shapes of the purchasing admin routes (src/api/admin/suppliers and src/api/admin/purchase-orders). */

export type PurchaseOrderStatus = "draft" | "ordered" | "partially_received" | "received" | "canceled"

export const PURCHASE_ORDER_STATUSES: PurchaseOrderStatus[] = [
  "draft",
  "ordered",
  "partially_received",
  "received",
  "canceled",
]

export type Supplier = {
  id: string
  name: string
  contact_name: string | null
  email: string | null
  phone: string | null
  lead_time_days: number
  minimum_order_quantity: number
  currency_code: string
  notes: string | null
  created_at?: string
}

export type SupplierInput = {
  name: string
  contact_name?: string | null
  email?: string | null
  phone?: string | null
  lead_time_days?: number
  minimum_order_quantity?: number
  currency_code: string
  notes?: string | null
}

export type InventoryItemRef = { id: string; sku: string | null; title: string | null }

export type SupplierItem = {
  id: string
  supplier_id: string
  inventory_item_id: string
  supplier_sku: string | null
  cost_price: number
  currency_code: string
  is_preferred: boolean
  inventory_item: InventoryItemRef | null
}

export type SupplierItemInput = {
  inventory_item_id: string
  cost_price: string
  currency_code?: string
  supplier_sku?: string | null
  is_preferred?: boolean
}

export type PurchaseOrderLine = {
  id: string
  inventory_item_id: string
  quantity_ordered: number
  quantity_received: number
  unit_cost: number
  inventory_item?: InventoryItemRef | null
}

export type PurchaseOrderReceipt = {
  id: string
  idempotency_key: string
  lines: { line_id: string; inventory_item_id: string; quantity: number }[]
  received_by: string | null
  created_at: string
}

export type PurchaseOrder = {
  id: string
  code: string
  display_number: number
  status: PurchaseOrderStatus
  supplier_id: string
  supplier: Pick<Supplier, "id" | "name" | "currency_code" | "lead_time_days" | "minimum_order_quantity"> | null
  location_id: string
  currency_code: string
  ordered_at: string | null
  expected_at: string | null
  received_at: string | null
  canceled_at: string | null
  created_by: string | null
  notes: string | null
  created_at: string
  lines: PurchaseOrderLine[]
  receipts?: PurchaseOrderReceipt[]
}

export type CreatePurchaseOrderInput = {
  supplier_id: string
  location_id: string
  expected_at?: string | null
  notes?: string | null
  lines: { inventory_item_id: string; quantity: number; unit_cost?: string }[]
}

export type ReceivePurchaseOrderInput = {
  idempotency_key: string
  allow_over_receipt?: boolean
  lines: { line_id: string; quantity: number }[]
}
