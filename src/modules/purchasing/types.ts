export type PurchaseOrderStatus = "draft" | "ordered" | "partially_received" | "received" | "canceled"

export type PurchaseOrderLineState = {
  id: string
  inventory_item_id: string
  quantity_ordered: number
  quantity_received: number
}

/** One line of a receive request: by line id or by inventory item id. */
export type ReceiptLineInput = {
  line_id?: string
  inventory_item_id?: string
  quantity: number
}

/** A line of a receipt as booked. */
export type ReceiptLine = {
  line_id: string
  inventory_item_id: string
  quantity: number
  /** Part of `quantity` that was still expected (comes off incoming_quantity). */
  expected_quantity: number
}

export type ReceiptPlan = {
  lines: ReceiptLine[]
  status: PurchaseOrderStatus
}

export type SuggestionInput = {
  inventory_item_id: string
  quantity: number
  supplier_id?: string | null
}

export type SupplierItemOption = {
  supplier_id: string
  inventory_item_id: string
  cost_price: string | number
  currency_code: string
  is_preferred: boolean
}

export type SuggestedOrder = {
  supplier_id: string
  currency_code: string
  lines: { inventory_item_id: string; quantity: number; unit_cost: string }[]
}

export type UnresolvedSuggestion = {
  inventory_item_id: string
  reason: "no_supplier" | "ambiguous" | "not_supplied_by_supplier"
}
