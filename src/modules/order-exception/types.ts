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

export const SEVERITIES = ["low", "medium", "high", "critical"] as const
export type Severity = (typeof SEVERITIES)[number]

export const CASE_STATUSES = ["open", "in_progress", "resolved", "dismissed"] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]
/** Statuses of a case that is still being worked on: at most one such case per cause. */
export const ACTIVE_STATUSES: CaseStatus[] = ["open", "in_progress"]

export const CASE_ACTIONS = ["capture-payment", "cancel-order", "refund"] as const
export type CaseAction = (typeof CASE_ACTIONS)[number]

export type FraudRuleKey =
  | "order_velocity"
  | "failed_payments"
  | "country_mismatch"
  | "high_first_order"
  | "disposable_email"
  | "many_addresses"
  | "many_cards"

type RuleBase = { enabled: boolean; weight: number }

/** Rules of the fraud score; every rule adds its weight when it fires. */
export type FraudRules = {
  /** This e-mail/customer placed at least `min_orders` orders (this one included) within `window_hours`. */
  order_velocity: RuleBase & { window_hours: number; min_orders: number }
  /** At least `min_failures` failed payments from this e-mail/customer within `window_hours`. */
  failed_payments: RuleBase & { window_hours: number; min_failures: number }
  /** Billing and shipping country differ. */
  country_mismatch: RuleBase
  /** The customer's first order is above `multiplier` × the store's average order value in its currency. */
  high_first_order: RuleBase & { multiplier: number; min_sample: number; window_days: number }
  /** The e-mail domain is a known disposable-mail domain (built-in list plus `extra_domains`). */
  disposable_email: RuleBase & { extra_domains: string[] }
  /** At least `min_addresses` distinct shipping addresses for this e-mail/customer within `window_days`. */
  many_addresses: RuleBase & { window_days: number; min_addresses: number }
  /** At least `min_cards` distinct cards, where the payment provider exposes card fingerprints. */
  many_cards: RuleBase & { window_days: number; min_cards: number }
}

export type OrderExceptionSettings = {
  id: string
  /** An authorized payment not captured after this many hours raises a case. */
  authorized_capture_hours: number
  /** An order not fully fulfilled after this many days raises a case. */
  unfulfilled_days: number
  /** A fulfillment not delivered this many days after it shipped (or was created) raises a case. */
  undelivered_days: number
  /** Orders at or above this fraud score (0..100) raise a high_fraud_risk case. */
  fraud_threshold: number
  /** The scan looks at orders placed within this many days (plus every order with an active case). */
  scan_window_days: number
  fraud_rules: FraudRules
}

export type FraudReason = { rule: FraudRuleKey; weight: number; detail: string }

/** What raising a case needs; `source_key` makes the raise idempotent. */
export type RaiseCaseInput = {
  type: CaseType
  cause_key: string
  /** One per triggering fact (an attempt id, a cause "episode"): the same source never raises twice. */
  source_key: string
  severity: Severity
  order_id?: string | null
  cart_id?: string | null
  payment_collection_id?: string | null
  email?: string | null
  customer_id?: string | null
  currency_code?: string | null
  summary: string
  data?: Record<string, unknown>
}

export type ActiveCaseRef = {
  id: string
  type: CaseType
  cause_key: string
  order_id: string | null
  payment_collection_id: string | null
}
