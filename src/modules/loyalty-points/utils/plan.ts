import { MathBN } from "@medusajs/framework/utils"
import type { LoyaltyRuleValues, PostEntryInput } from "../types"
import {
  addMonths,
  type Amount,
  earnableCaptured,
  type OrderTotals,
  pointsForAmount,
  reversalForRefund,
} from "./points"

export type OrderLoyaltyState = {
  order: OrderTotals & {
    id: string
    customer_id: string | null
    currency_code: string
    status: string
  }
  /** Only registered customers earn (guest checkouts create customers without an account). */
  customer_has_account: boolean
  captures: { id: string; amount: Amount; created_at: Date | string }[]
  refunds: { id: string; amount: Amount; created_at: Date | string }[]
  /** Entries already posted for this order, as (kind, source, source_id) -> points. */
  posted: { kind: string; source: string; source_id: string; points: number }[]
  rule: LoyaltyRuleValues | null
  /** Earn multiplier of the customer's tier. */
  multiplier: number
}

const key = (e: { kind: string; source: string; source_id: string }) => `${e.kind}:${e.source}:${e.source_id}`
const byDate = <T extends { created_at: Date | string; id: string }>(a: T, b: T) =>
  new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id)

/**
 * Every posting an order's current state calls for: an earn per capture, a
 * reversal per refund (its share of the points, computed cumulatively) and a
 * reversal of whatever is left when the order is canceled. Postings are keyed
 * by their source, so planning again after any event, in any order, and
 * posting again changes nothing that was already posted.
 */
export function planOrderPostings(state: OrderLoyaltyState): PostEntryInput[] {
  const { order, rule } = state
  if (!order.customer_id || !state.customer_has_account || !rule) return []
  const customer_id = order.customer_id
  const posted = new Map(state.posted.map((e) => [key(e), e.points]))
  const postings: PostEntryInput[] = []

  let earned = 0
  for (const capture of [...state.captures].sort(byDate)) {
    const done = posted.get(key({ kind: "earn", source: "capture", source_id: capture.id }))
    if (done !== undefined) {
      earned += done
      continue
    }
    // A paused program earns nothing new; reversals and returns still apply.
    if (!rule.is_active) continue
    const base = earnableCaptured(capture.amount, order, rule)
    const points = pointsForAmount(base, rule, state.multiplier)
    if (points <= 0) continue
    const capturedAt = new Date(capture.created_at)
    earned += points
    postings.push({
      customer_id,
      kind: "earn",
      points,
      source: "capture",
      source_id: capture.id,
      order_id: order.id,
      amount: base.toString(),
      currency_code: order.currency_code,
      available_at: rule.pending_days > 0 ? new Date(capturedAt.getTime() + rule.pending_days * 86_400_000) : null,
      expires_at: rule.expiry_months ? addMonths(capturedAt, rule.expiry_months) : null,
      actor: "system",
    })
  }

  const captured = state.captures.reduce((sum, c) => MathBN.add(sum, c.amount), MathBN.convert(0))
  // Reversals of earned points only (negative); a returned redemption is a positive "reverse".
  let reversed = state.posted.filter((e) => e.kind === "reverse" && e.points < 0).reduce((sum, e) => sum - e.points, 0)
  let refundedSoFar = MathBN.convert(0)
  for (const refund of [...state.refunds].sort(byDate)) {
    refundedSoFar = MathBN.add(refundedSoFar, refund.amount)
    if (posted.has(key({ kind: "reverse", source: "refund", source_id: refund.id }))) continue
    const points = reversalForRefund({ earned, captured, refundedSoFar, alreadyReversed: reversed })
    if (points <= 0) continue
    reversed += points
    postings.push(
      reversal(customer_id, order, points, "refund", refund.id, `Refund of ${refund.amount} ${order.currency_code}`)
    )
  }

  if (
    order.status === "canceled" &&
    !posted.has(key({ kind: "reverse", source: "order_cancel", source_id: order.id }))
  ) {
    const points = earned - reversed
    if (points > 0) postings.push(reversal(customer_id, order, points, "order_cancel", order.id, "Order canceled"))
  }

  // Points spent on a canceled order go back to the customer, as a new lot.
  const redeemed = state.posted.filter((e) => e.kind === "redeem").reduce((sum, e) => sum - e.points, 0)
  if (
    order.status === "canceled" &&
    redeemed > 0 &&
    !posted.has(key({ kind: "reverse", source: "redeem_cancel", source_id: order.id }))
  ) {
    postings.push({
      customer_id,
      kind: "reverse",
      points: redeemed,
      source: "redeem_cancel",
      source_id: order.id,
      order_id: order.id,
      currency_code: order.currency_code,
      reason: "Order canceled: redeemed points returned",
      actor: "system",
      expires_at: rule.expiry_months ? addMonths(new Date(), rule.expiry_months) : null,
    })
  }
  return postings
}

function reversal(
  customer_id: string,
  order: OrderLoyaltyState["order"],
  points: number,
  source: string,
  source_id: string,
  reason: string
): PostEntryInput {
  return {
    customer_id,
    kind: "reverse",
    points: -points,
    source,
    source_id,
    order_id: order.id,
    currency_code: order.currency_code,
    reason,
    actor: "system",
    consume_order_id: order.id,
    allow_debt: true,
  }
}
