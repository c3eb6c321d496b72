/**
 * Shapes of the inventory cockpit routes (src/api/admin/inventory-alerts, inventory-thresholds,
 * stock-ledger, replenishment, inventory-items/:id/{inventory-insights,stock-adjustments}).
 * All quantities are JSON numbers.
 */

export type BackInStockMode = "available" | "all"

export type InventoryAlertSettingsFields = {
  default_threshold: number
  hysteresis: number
  notify_feed: boolean
  notify_email: string | null
  webhook_url: string | null
  daily_digest: boolean
  back_in_stock_mode: BackInStockMode
  velocity_window_days: number
  safety_stock_days: number
  default_lead_time_days: number
}

export type InventoryAlertSettings = InventoryAlertSettingsFields & { id: string }

export type InventoryAlertKind = "low_stock" | "out_of_stock"
export type InventoryAlertSeverity = "warning" | "critical"
export type InventoryAlertStatus = "open" | "acknowledged" | "resolved"
export type InventoryAlertResolution = "recovered" | "manual"

export type InventoryItemRef = { id: string; sku: string | null; title: string | null }
export type StockLocationRef = { id: string; name: string }

export type InventoryAlert = {
  id: string
  inventory_item_id: string
  location_id: string | null
  /** The location id, or "*" for the item summed over all locations. */
  scope_key: string
  kind: InventoryAlertKind
  severity: InventoryAlertSeverity
  status: InventoryAlertStatus
  threshold: number
  raised_quantity: number
  current_quantity: number
  raised_at: string
  acknowledged_at: string | null
  acknowledged_by: string | null
  resolved_at: string | null
  resolved_by: string | null
  resolution: InventoryAlertResolution | null
  recovered_at: string | null
  note: string | null
  inventory_item: InventoryItemRef | null
  location: StockLocationRef | null
}

export type InventoryAlertListParams = {
  status: InventoryAlertStatus[]
  kind: InventoryAlertKind[]
  severity: InventoryAlertSeverity[]
  inventory_item_id: string | null
  location_id: string | null
  q: string
  order: string
  limit: number
  offset: number
}

export type InventoryAlertSummary = { open: number; acknowledged: number; critical_open: number }

export type AlertTransitionInput = { ids: string[]; note?: string }
export type AlertTransitionResponse = {
  inventory_alerts: { id: string; status: InventoryAlertStatus }[]
  updated: number
}

export type InventoryThreshold = {
  id: string
  inventory_item_id: string
  /** null: the item summed over all locations. */
  location_id: string | null
  threshold: number
  safety_stock: number | null
  updated_by: string | null
  updated_at: string
}

export type UpsertThresholdInput = {
  inventory_item_id: string
  location_id?: string | null
  threshold: number
  safety_stock?: number | null
}

export type StockLedgerReason = "order" | "return" | "receipt" | "stocktake" | "manual" | "import" | "other"

export type StockLedgerEntry = {
  id: string
  inventory_item_id: string
  location_id: string
  quantity_before: number
  quantity_after: number
  delta: number
  reason: StockLedgerReason
  actor: string | null
  reference_type: string | null
  reference_id: string | null
  note: string | null
  created_at: string
}

export type StockLedgerParams = {
  inventory_item_id: string | null
  location_id: string | null
  reason: StockLedgerReason[]
  reference_id: string | null
  created_after: string | null
  created_before: string | null
  limit: number
  offset: number
}

export type StockAdjustmentReason = "manual" | "import" | "other"

/** Exactly one of `adjustment` (non-zero delta) and `stocked_quantity` (new absolute quantity). */
export type StockAdjustmentInput = {
  location_id: string
  adjustment?: number
  stocked_quantity?: number
  reason?: StockAdjustmentReason
  note: string
}

export type InventoryLevelRef = {
  id: string
  inventory_item_id: string
  location_id: string
  stocked_quantity: number
  reserved_quantity: number
  incoming_quantity: number
  available_quantity?: number
}

export type ReplenishmentSupplier = {
  id: string
  name: string
  lead_time_days: number
  minimum_order_quantity: number
}

export type ReplenishmentSuggestion = {
  inventory_item_id: string
  sku: string | null
  title: string | null
  available: number
  incoming: number
  units_sold: number
  velocity_per_day: number
  days_of_cover: number | null
  safety_stock: number
  reorder_point: number
  waiting_demand: number
  needs_reorder: boolean
  suggested_quantity: number
  supplier: ReplenishmentSupplier | null
  unit_cost: number | null
  currency_code: string | null
}

export type ReplenishmentParams = {
  location_id: string | null
  needs_reorder: boolean
  limit: number
  offset: number
}

export type ReplenishmentResponse = {
  suggestions: ReplenishmentSuggestion[]
  count: number
  offset: number
  limit: number
  window_days: number
}

export type PurchaseOrdersFromSuggestionsInput = {
  location_id: string
  items: { inventory_item_id: string; quantity: number; supplier_id?: string }[]
}

export type PurchaseOrderRef = {
  id: string
  display_number?: string | number | null
  supplier_id: string | null
  status: string
}

export type LocationStock = {
  location_id: string
  location_name: string | null
  stocked: number
  reserved: number
  available: number
  incoming: number
}

export type InventoryInsights = {
  inventory_item_id: string
  stocked: number
  reserved: number
  available: number
  incoming: number
  per_location: LocationStock[]
  thresholds: InventoryThreshold[]
  effective_threshold: number
  active_alerts: InventoryAlert[]
  units_sold: number
  velocity_per_day: number
  days_of_cover: number | null
  suggestion: {
    reorder_point: number
    suggested_quantity: number
    needs_reorder: boolean
    safety_stock: number
  }
  waiting_subscribers: number
  recent_ledger: StockLedgerEntry[]
}
