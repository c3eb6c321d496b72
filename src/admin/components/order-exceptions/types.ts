/** Shapes of /admin/order-exceptions (src/api/admin/order-exceptions). */

export const CASE_TYPES = [
  "payment_failed",
  "authorized_not_captured",
  "capture_mismatch",
  "oversold",
  "canceled_refund_pending",
  "not_fulfilled",
  "not_delivered",
  "high_fraud_risk",
] as const
export type CaseType = (typeof CASE_TYPES)[number]
export const CASE_STATUSES = ["open", "in_progress", "resolved", "dismissed"] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]
export type Severity = "low" | "medium" | "high" | "critical"
export type CaseAction = "capture-payment" | "cancel-order" | "refund"

export type CaseNote = {
  id: string
  kind: "note" | "status" | "assignment" | "action" | "system"
  author: string
  body: string
  created_at: string
}

export type ActionOutcome = {
  action: CaseAction
  status: "succeeded" | "failed"
  error: string | null
  at: string
  by: string
}

export type OrderException = {
  id: string
  type: CaseType
  severity: Severity
  status: CaseStatus
  order_id: string | null
  cart_id: string | null
  email: string | null
  currency_code: string | null
  summary: string
  assignee: string | null
  opened_at: string
  last_seen_at: string
  occurrences: number
  resolved_at: string | null
  resolution: string | null
  pending_action: string | null
  last_action: ActionOutcome | null
  data: Record<string, unknown> | null
  age_seconds: number
  allowed_transitions: CaseStatus[]
  order: {
    id: string
    display_id: number
    email: string | null
    status: string
    currency_code: string
    total: number
  } | null
  notes?: CaseNote[]
}

/** One fact that raised or re-raised a case (GET /admin/order-exceptions/:id lists the latest 50). */
export type CaseOccurrence = {
  id: string
  source_key: string
  case_id: string | null
  type: string
  occurred_at: string
  data: Record<string, unknown> | null
}

/** GET /admin/order-exceptions/:id: `occurrences` holds the latest occurrence rows there, not the count. */
export type OrderExceptionDetail = Omit<OrderException, "occurrences"> & { occurrences: CaseOccurrence[] }

export type OrderExceptionListParams = {
  type: CaseType[]
  status: CaseStatus[]
  order_id: string | null
  /** Age bucket as hours: [min, max]. */
  min_age_hours: number | null
  max_age_hours: number | null
  limit: number
  offset: number
}

type Rule = { enabled: boolean; weight: number }
export type FraudRules = {
  order_velocity: Rule & { window_hours: number; min_orders: number }
  failed_payments: Rule & { window_hours: number; min_failures: number }
  country_mismatch: Rule
  high_first_order: Rule & { multiplier: number; min_sample: number; window_days: number }
  disposable_email: Rule & { extra_domains: string[] }
  many_addresses: Rule & { window_days: number; min_addresses: number }
  many_cards: Rule & { window_days: number; min_cards: number }
}

export type OrderExceptionSettings = {
  authorized_capture_hours: number
  unfulfilled_days: number
  undelivered_days: number
  fraud_threshold: number
  scan_window_days: number
  fraud_rules: FraudRules
}

export type FraudAssessment = {
  id: string
  order_id: string
  score: number
  threshold: number
  flagged: boolean
  reasons: { rule: keyof FraudRules; weight: number; detail: string }[]
  assessed_at: string
}
