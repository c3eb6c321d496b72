export type LoyaltyTier = { name: string; min_spend: number; multiplier: number }

export type EntryKind = "earn" | "redeem" | "expire" | "reverse" | "adjust"

export type LoyaltyRuleValues = {
  currency_code: string
  is_active: boolean
  points_per_unit: number
  rounding: "floor" | "round" | "ceil"
  include_tax: boolean
  include_shipping: boolean
  points_per_currency_unit: number
  min_redemption: number
  max_redemption_share: number
  expiry_months: number | null
  pending_days: number
  welcome_points: number
  tiers: LoyaltyTier[] | null
}

/** One ledger posting. Positive points create a lot; negative ones consume lots FIFO. */
export type PostEntryInput = {
  customer_id: string
  kind: EntryKind
  points: number
  source: string
  source_id: string
  order_id?: string | null
  actor?: string | null
  reason?: string | null
  amount?: string | number | null
  currency_code?: string | null
  /** Positive entries: pending until this date (null = available now). */
  available_at?: Date | string | null
  expires_at?: Date | string | null
  /**
   * Negative entries: consume this order's lots first (pending ones too), as a
   * reversal of that order's earnings does.
   */
  consume_order_id?: string | null
  /** Negative entries: consume exactly this lot (expiry). */
  consume_lot_id?: string | null
  /**
   * Negative entries: when the balance cannot cover the points, record the
   * rest as debt (reversals) instead of refusing (redemptions).
   */
  allow_debt?: boolean
  metadata?: Record<string, unknown> | null
}

export type PostEntryResult = {
  entry_id: string
  account_id: string
  /** False when the same (kind, source, source_id) was already posted. */
  created: boolean
  points_available: number
  points_pending: number
  points_debt: number
  /** Points that could not be taken from the balance and became debt. */
  debt_added: number
}
