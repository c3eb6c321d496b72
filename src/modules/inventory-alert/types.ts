export const STOCK_REASONS = ["order", "return", "receipt", "stocktake", "manual", "import", "other"] as const
export type StockReason = (typeof STOCK_REASONS)[number]

export type AlertKind = "low_stock" | "out_of_stock"
export type AlertStatus = "open" | "acknowledged" | "resolved"

export type InventoryAlertSettings = {
  id: string
  default_threshold: number
  hysteresis: number
  notify_feed: boolean
  notify_email: string | null
  webhook_url: string | null
  daily_digest: boolean
  back_in_stock_mode: "available" | "all"
  velocity_window_days: number
  safety_stock_days: number
  default_lead_time_days: number
}

/** What changed, as the inventory module's events say it: level and reservation ids, with their event group. */
export type StockChangeInput = {
  level_ids?: string[]
  reservation_ids?: string[]
  inventory_item_ids?: string[]
  /** level id -> event group id of the workflow run that changed it (for ledger attribution). */
  event_groups?: Record<string, string>
}

export type RaisedAlert = {
  id: string
  inventory_item_id: string
  location_id: string | null
  kind: AlertKind
  severity: "warning" | "critical"
  threshold: number
  raised_quantity: number
}

export type StockChangeResult = {
  inventory_item_ids: string[]
  ledger_entries: number
  raised: RaisedAlert[]
  cleared: string[]
  /** Items whose available stock went from nothing to something in this batch (back-in-stock candidates). */
  restocked_item_ids: string[]
}

export type MovementCauseInput = {
  event_group_id: string
  reason: StockReason
  reference_type?: string | null
  reference_id?: string | null
  actor?: string | null
  note?: string | null
  /** The levels the run is about to change, when known (see StockMovementCause). */
  levels?: { inventory_item_id: string; location_id: string }[] | null
}
