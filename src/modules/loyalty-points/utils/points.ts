import { MathBN } from "@medusajs/framework/utils"
import type { LoyaltyRuleValues, LoyaltyTier } from "../types"

export type Amount = Parameters<typeof MathBN.convert>[0]

/** Points for a net paid amount: amount x points_per_unit x tier multiplier, rounded by the rule. */
export function pointsForAmount(
  amount: Amount,
  rule: Pick<LoyaltyRuleValues, "points_per_unit" | "rounding">,
  multiplier = 1
) {
  const raw = MathBN.mult(MathBN.mult(amount, rule.points_per_unit), multiplier)
  const mode = { floor: 1, round: 4, ceil: 0 }[rule.rounding] as 0 | 1 | 4 // BigNumber.js ROUND_CEIL/FLOOR/HALF_UP
  const points = raw.integerValue(mode).toNumber()
  return Math.max(0, points)
}

export type OrderTotals = {
  total: Amount
  item_subtotal: Amount
  item_total: Amount
  discount_subtotal: Amount
  discount_total: Amount
  shipping_subtotal: Amount
  shipping_total: Amount
}

/**
 * The part of an order total that earns points: items after discounts, with or
 * without tax and shipping as the rule says.
 */
export function earnableTotal(order: OrderTotals, rule: Pick<LoyaltyRuleValues, "include_tax" | "include_shipping">) {
  const items = rule.include_tax
    ? MathBN.sub(order.item_total, order.discount_total)
    : MathBN.sub(order.item_subtotal, order.discount_subtotal)
  const shipping = rule.include_shipping ? (rule.include_tax ? order.shipping_total : order.shipping_subtotal) : 0
  return MathBN.max(0, MathBN.add(items, shipping))
}

/**
 * The earnable share of a captured amount: a capture of part of an order earns
 * the same part of the order's earnable total.
 */
export function earnableCaptured(
  captured: Amount,
  order: OrderTotals,
  rule: Pick<LoyaltyRuleValues, "include_tax" | "include_shipping">
) {
  if (MathBN.lte(order.total, 0)) return MathBN.convert(0)
  const share = MathBN.min(1, MathBN.div(captured, order.total))
  return MathBN.mult(earnableTotal(order, rule), share)
}

/**
 * Points to reverse for a refund, computed cumulatively so that several
 * partial refunds never drift from the total by rounding:
 *   target = round(earned x refunded_so_far / captured); reverse target - already_reversed.
 */
export function reversalForRefund(input: {
  earned: number
  captured: Amount
  refundedSoFar: Amount
  alreadyReversed: number
}) {
  if (input.earned <= 0 || MathBN.lte(input.captured, 0)) return 0
  const share = MathBN.min(1, MathBN.div(input.refundedSoFar, input.captured))
  const target = MathBN.mult(input.earned, share).integerValue(4).toNumber()
  return Math.max(0, Math.min(input.earned, target) - input.alreadyReversed)
}

/** Current tier for a trailing spend, and the next one with the spend still missing. */
export function tierFor(spend: Amount, tiers: LoyaltyTier[] | null | undefined) {
  const sorted = [...(tiers ?? [])].sort((a, b) => a.min_spend - b.min_spend)
  let current: LoyaltyTier | null = null
  let next: LoyaltyTier | null = null
  for (const tier of sorted) {
    if (MathBN.gte(spend, tier.min_spend)) current = tier
    else {
      next = tier
      break
    }
  }
  return {
    current,
    next,
    multiplier: current?.multiplier ?? 1,
    missing_spend: next ? MathBN.sub(next.min_spend, spend).toNumber() : 0,
  }
}

export type Lot = { id: string; remaining: number }

/** First-in-first-out allocation of `points` over lots already in consumption order. */
export function allocateFifo(lots: Lot[], points: number) {
  const takes: { id: string; take: number }[] = []
  let left = points
  for (const lot of lots) {
    if (left <= 0) break
    const take = Math.min(lot.remaining, left)
    if (take > 0) {
      takes.push({ id: lot.id, take })
      left -= take
    }
  }
  return { takes, shortfall: left }
}

/** Money value of points under a rule (points_per_currency_unit points = 1 unit). */
export function pointsValue(points: number, rule: Pick<LoyaltyRuleValues, "points_per_currency_unit">) {
  return MathBN.div(points, rule.points_per_currency_unit)
}

export function addMonths(date: Date, months: number) {
  const result = new Date(date)
  result.setUTCMonth(result.getUTCMonth() + months)
  return result
}
