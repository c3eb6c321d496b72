/** Shapes of our custom admin routes (src/api/admin/loyalty and src/api/admin/coupon-batches). */

export type Rounding = "floor" | "round" | "ceil"

export type LoyaltyTier = { name: string; min_spend: number; multiplier: number }

export type LoyaltyRuleFields = {
  is_active: boolean
  points_per_unit: number
  rounding: Rounding
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

export type LoyaltyRule = LoyaltyRuleFields & {
  id: string
  currency_code: string
  created_at?: string
  updated_at?: string
}

export type LoyaltyEntryKind = "earn" | "redeem" | "expire" | "reverse" | "adjust"

export type LoyaltyEntry = {
  id: string
  kind: LoyaltyEntryKind
  points: number
  source: string
  source_id: string
  order_id: string | null
  actor: string | null
  reason: string | null
  currency_code: string | null
  lot_status: "pending" | "available" | "spent" | null
  remaining: number
  available_at: string | null
  expires_at: string | null
  created_at: string
}

export type LoyaltyAccount = {
  points_available: number
  points_pending: number
  points_reserved?: number
  points_debt: number
  lifetime_earned: number
}

export type LoyaltyAccountResponse = {
  account: LoyaltyAccount
  reconciled: boolean
  entries: LoyaltyEntry[]
  count: number
  offset: number
  limit: number
}

export type LoyaltyLiability = {
  currencies: {
    currency_code: string
    points_available: number
    points_pending: number
    value: number | null
  }[]
  points_debt: number
}

export type ReconcileResponse = { reconciled: boolean; mismatches: Record<string, unknown>[] }

export type AdjustPointsInput = {
  points: number
  reason: string
  currency_code?: string
  idempotency_key?: string
}

export type CouponBatchStatus = "generating" | "ready" | "failed"

export type CouponBatchStats = { unused: number; applied: number; redeemed: number; revoked: number; expired: number }

export type CouponBatch = {
  id: string
  name: string
  promotion_id: string
  promotion_code: string
  prefix: string | null
  count: number
  generated_count: number
  status: CouponBatchStatus
  single_use: boolean
  once_per_customer: boolean
  expires_at: string | null
  customer_group_id: string | null
  exchange_points: number | null
  created_at: string
  stats?: CouponBatchStats
}

export type CouponCodeStatus = "unused" | "applied" | "redeemed" | "revoked" | "expired"

export type CouponCode = {
  id: string
  code: string
  status: CouponCodeStatus
  customer_id: string | null
  order_id: string | null
  redeemed_at: string | null
  expires_at: string | null
}

export type CreateCouponBatchInput = {
  name: string
  promotion_id: string
  count: number
  prefix?: string
  single_use?: boolean
  once_per_customer?: boolean
  expires_at?: string
  customer_group_id?: string
  exchange_points?: number
}

export type SpendThresholdInput = {
  code: string
  threshold: number
  discount: number
  currency_code: string
  is_percentage?: boolean
  is_automatic?: boolean
}

export type Paginated<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }
