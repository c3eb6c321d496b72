import type { LoyaltyRule, LoyaltyRuleFields, Rounding } from "../../lib/types"

/** What the form edits: text for every number, so half-typed values ("0.") survive re-renders. */
export type TierRow = { key: string; name: string; min_spend: string; multiplier: string }

export type RuleFormValues = {
  is_active: boolean
  points_per_unit: string
  rounding: Rounding
  include_tax: boolean
  include_shipping: boolean
  points_per_currency_unit: string
  min_redemption: string
  max_redemption_percent: string
  expiry_months: string
  pending_days: string
  welcome_points: string
  tiers: TierRow[]
}

export type RuleFormErrors = Partial<Record<keyof RuleFormValues | `tier.${number}`, string>>

let tierKey = 0
export const newTierRow = (tier?: { name: string; min_spend: number; multiplier: number }): TierRow => ({
  key: `tier-${++tierKey}`,
  name: tier?.name ?? "",
  min_spend: tier ? String(tier.min_spend) : "",
  multiplier: tier ? String(tier.multiplier) : "1",
})

/** The model's defaults for a new rule, or the rule being edited. */
export const toFormValues = (rule?: LoyaltyRule): RuleFormValues => ({
  is_active: rule?.is_active ?? true,
  points_per_unit: String(rule ? Number(rule.points_per_unit) : 1),
  rounding: rule?.rounding ?? "floor",
  include_tax: rule?.include_tax ?? false,
  include_shipping: rule?.include_shipping ?? false,
  points_per_currency_unit: String(rule?.points_per_currency_unit ?? 100),
  min_redemption: String(rule?.min_redemption ?? 0),
  max_redemption_percent: String(Math.round(Number(rule?.max_redemption_share ?? 0.5) * 10_000) / 100),
  expiry_months: rule?.expiry_months ? String(rule.expiry_months) : "",
  pending_days: String(rule?.pending_days ?? 0),
  welcome_points: String(rule?.welcome_points ?? 0),
  tiers: (rule?.tiers ?? []).map((t) => newTierRow(t)),
})

const num = (text: string) => (text.trim() === "" ? NaN : Number(text))

const checkNumber = (
  text: string,
  { min, max, integer = false }: { min: number; max: number; integer?: boolean }
): string | null => {
  const value = num(text)
  if (Number.isNaN(value)) return "Enter a number"
  if (integer && !Number.isInteger(value)) return "Enter a whole number"
  if (value < min || value > max) return `Between ${min.toLocaleString()} and ${max.toLocaleString()}`
  return null
}

/** Validates with the server's bounds (src/api/admin/loyalty/validators.ts) and builds the request body. */
export const parseFormValues = (
  values: RuleFormValues
): { data: LoyaltyRuleFields; errors: null } | { data: null; errors: RuleFormErrors } => {
  const errors: RuleFormErrors = {}
  const check = (field: keyof RuleFormValues, error: string | null) => {
    if (error) errors[field] = error
  }
  check("points_per_unit", checkNumber(values.points_per_unit, { min: 0, max: 10_000 }))
  check(
    "points_per_currency_unit",
    checkNumber(values.points_per_currency_unit, { min: 1, max: 1_000_000, integer: true })
  )
  check("min_redemption", checkNumber(values.min_redemption, { min: 0, max: 100_000_000, integer: true }))
  check("max_redemption_percent", checkNumber(values.max_redemption_percent, { min: 0, max: 100 }))
  if (values.expiry_months.trim() !== "")
    check("expiry_months", checkNumber(values.expiry_months, { min: 1, max: 120, integer: true }))
  check("pending_days", checkNumber(values.pending_days, { min: 0, max: 365, integer: true }))
  check("welcome_points", checkNumber(values.welcome_points, { min: 0, max: 1_000_000, integer: true }))
  if (values.tiers.length > 20) errors.tiers = "At most 20 tiers"
  values.tiers.forEach((tier, i) => {
    const error = !tier.name.trim()
      ? "Name the tier"
      : tier.name.trim().length > 50
        ? "Name: at most 50 characters"
        : (checkNumber(tier.min_spend, { min: 0, max: 1e9 }) && "Minimum spend: a number from 0") ||
          (checkNumber(tier.multiplier, { min: 0, max: 10 }) && "Multiplier: between 0 and 10")
    if (error) errors[`tier.${i}`] = error
  })
  if (Object.keys(errors).length) return { data: null, errors }
  return {
    errors: null,
    data: {
      is_active: values.is_active,
      points_per_unit: num(values.points_per_unit),
      rounding: values.rounding,
      include_tax: values.include_tax,
      include_shipping: values.include_shipping,
      points_per_currency_unit: num(values.points_per_currency_unit),
      min_redemption: num(values.min_redemption),
      max_redemption_share: Math.round(num(values.max_redemption_percent) * 100) / 10_000,
      expiry_months: values.expiry_months.trim() === "" ? null : num(values.expiry_months),
      pending_days: num(values.pending_days),
      welcome_points: num(values.welcome_points),
      tiers: values.tiers.length
        ? values.tiers
            .map((t) => ({ name: t.name.trim(), min_spend: num(t.min_spend), multiplier: num(t.multiplier) }))
            .sort((a, b) => a.min_spend - b.min_spend)
        : null,
    },
  }
}
