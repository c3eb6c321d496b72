/** Shapes of the analytics routes (`GET /admin/reports/:report`, `GET /admin/customers/:id/analytics`). */

export type ReportName = "sales" | "products" | "inventory" | "customers" | "marketing" | "payments" | "cohorts"

export type Granularity = "day" | "week" | "month"

export type CompareMode = "previous_period" | "none"

export type ColumnType = "money" | "count" | "ratio" | "text" | "date" | "days"

export type ReportColumn = { key: string; label: string; type: ColumnType }

/** Money as a decimal string, counts as numbers, ratios 0..1, text and dates as strings. */
export type ReportValue = string | number | boolean | null

export type ReportRecord = { [key: string]: ReportValue | undefined }

export type SeriesPoint = ReportRecord & { period: string }

export type ReportGroup = {
  /** One group per currency; null when the report holds no money. */
  currency_code: string | null
  totals: ReportRecord
  previous: ReportRecord | null
  series: SeriesPoint[]
  rows: ReportRecord[]
}

export type ReportEnvelope = {
  report: string
  range: { from: string; to: string; granularity: Granularity; time_zone: string }
  compare_range: { from: string; to: string } | null
  columns: ReportColumn[]
  groups: ReportGroup[]
  notes: string[]
}

/** The query of a report (and of its CSV export, plus `part`). Empty filters are left out. */
export type ReportParams = {
  from: string
  to: string
  granularity: Granularity
  compare: CompareMode
  region_id?: string
  sales_channel_id?: string
  currency_code?: string
  limit?: number
  sort?: string
  order?: "asc" | "desc"
}

export type ExportPart = "series" | "rows"

export type CustomerAnalyticsCurrency = {
  currency_code: string
  lifetime_value: string | number | null
  orders: number
  average_order_value: string | number | null
  first_order_at: string | null
  last_order_at: string | null
}

export type CustomerAnalytics = {
  customer_id: string
  segment: string | null
  r_score: number | null
  f_score: number | null
  m_score: number | null
  recency_days?: number | null
  segment_computed_at?: string | null
  currencies: CustomerAnalyticsCurrency[]
}
