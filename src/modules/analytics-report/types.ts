import type { MedusaContainer } from "@medusajs/framework/types"

// ── settings ──────────────────────────────────────────────────────────────

export type AnalyticsSettings = {
  id: string
  scope: string
  time_zone: string
  dead_stock_days: number
  max_range_days: number
  sync_segments_to_groups: boolean
  weekly_digest: boolean
  reconcile_sample_days: number
}

export type AnalyticsSettingsUpdate = Partial<Omit<AnalyticsSettings, "id" | "scope">>

// ── facts (rows the pure fact builder produces; money as decimal strings) ──

export type OrderFactRow = {
  order_id: string
  order_version: number
  display_id: number | null
  customer_id: string | null
  region_id: string
  sales_channel_id: string
  currency_code: string
  placed_at: Date
  day: string
  status: string
  is_canceled: boolean
  canceled_at: Date | null
  item_subtotal: string
  discount_total: string
  shipping_total: string
  tax_total: string
  total: string
  captured_total: string
  refunded_total: string
  units: number
  returned_units: number
}

export type LineFactRow = {
  line_item_id: string
  order_id: string
  product_id: string | null
  variant_id: string
  product_title: string | null
  variant_title: string | null
  variant_sku: string | null
  currency_code: string
  region_id: string
  sales_channel_id: string
  day: string
  quantity: number
  returned_quantity: number
  subtotal: string
  discount_total: string
  tax_total: string
  total: string
  is_canceled: boolean
}

export type RefundFactRow = {
  refund_id: string
  order_id: string
  payment_id: string
  currency_code: string
  region_id: string
  sales_channel_id: string
  amount: string
  refund_reason_id: string | null
  reason_label: string | null
  refunded_at: Date
  day: string
  is_canceled_order: boolean
}

export type CaptureFactRow = {
  capture_id: string
  order_id: string
  payment_id: string
  currency_code: string
  region_id: string
  sales_channel_id: string
  amount: string
  captured_at: Date
  day: string
}

export type PromotionFactRow = {
  order_id: string
  promotion_id: string
  code: string | null
  campaign_id: string | null
  currency_code: string
  region_id: string
  sales_channel_id: string
  day: string
  discount_total: string
  order_total: string
  is_canceled: boolean
}

/** Every fact of one order, as built from its current state. */
export type OrderFacts = {
  order: OrderFactRow
  lines: LineFactRow[]
  refunds: RefundFactRow[]
  captures: CaptureFactRow[]
  promotions: PromotionFactRow[]
}

export type ApplyFactsResult = {
  orders: number
  removed: number
  sales_keys: number
  variant_keys: number
}

// ── runs (backfill / rebuild / reconcile) ────────────────────────────────

export type AnalyticsRunKind = "backfill" | "rebuild" | "reconcile"

export type AnalyticsRunRow = {
  id: string
  kind: AnalyticsRunKind
  status: "running" | "completed" | "failed"
  cursor: string | null
  processed: number
  total: number | null
  summary: Record<string, unknown> | null
  error: string | null
  started_at: Date
  finished_at: Date | null
}

// ── reports: the one envelope every report returns ───────────────────────

export type Granularity = "day" | "week" | "month"

export type ReportColumnType = "money" | "count" | "ratio" | "text" | "date" | "days"

export type ReportColumn = { key: string; label: string; type: ReportColumnType }

/** Money as decimal strings, counts as numbers, ratios as 0..1 numbers. */
export type ReportValue = string | number | boolean | null

export type ReportRecord = Record<string, ReportValue>

export type ReportSeriesPoint = { period: string } & ReportRecord

export type ReportGroup = {
  /** null when the report has no money. */
  currency_code: string | null
  totals: ReportRecord
  previous: ReportRecord | null
  series: ReportSeriesPoint[]
  rows: ReportRecord[]
}

export type ReportRange = { from: string; to: string; granularity: Granularity; time_zone: string }

export type ReportEnvelope = {
  report: string
  range: ReportRange
  compare_range: { from: string; to: string } | null
  columns: ReportColumn[]
  groups: ReportGroup[]
  notes: string[]
}

/** The validated query of GET /admin/reports/:report. */
export type ReportQuery = {
  from: string
  to: string
  granularity: Granularity
  compare: "previous_period" | "none"
  region_id?: string
  sales_channel_id?: string
  currency_code?: string
  convert_to?: string
  limit: number
  sort?: string
  order?: "asc" | "desc"
}

/** What a report's build function gets. */
export type ReportContext = {
  /** The container of the workflow step running the report (resolve module services from it). */
  container: MedusaContainer
  query: ReportQuery
  settings: AnalyticsSettings
  range: ReportRange
  compare_range: { from: string; to: string } | null
  /** Period starts covering the range at the granularity (YYYY-MM-DD), for zero-filled series. */
  periods: string[]
}

export type ReportResult = {
  columns: ReportColumn[]
  groups: ReportGroup[]
  notes?: string[]
}

export type ReportDefinition = {
  name: string
  /** Parts the CSV export can produce; the first is the default. */
  parts: ("series" | "rows")[]
  /** Allowed `sort` values (first = default); none when the report ranks nothing. */
  sorts?: string[]
  build: (ctx: ReportContext) => Promise<ReportResult>
}

/** Filters the rollup/fact report queries take (days inclusive, in the analytics time zone). */
export type FactFilter = {
  from: string
  to: string
  region_id?: string
  sales_channel_id?: string
  currency_code?: string
}
