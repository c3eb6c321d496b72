import { MathBN } from "@medusajs/framework/utils"
import type { ActiveCaseRef, CaseStatus, CaseType, OrderExceptionSettings, RaiseCaseInput, Severity } from "../types"

/**
 * The exception inbox's rules, pure: what an order's current state says is
 * wrong with it, which cases to raise and which active cases to close. The
 * sync workflow loads the facts and applies the plan; nothing here reads a
 * database.
 */

const HOUR = 3_600_000
const DAY = 24 * HOUR

export const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 }

export type PaymentFacts = {
  id: string
  /** Authorized amount (decimal string). */
  amount: string
  captured: string
  refunded: string
  canceled: boolean
  created_at: Date | string
}

export type FulfillmentFacts = {
  id: string
  created_at: Date | string
  shipped_at: Date | string | null
  delivered_at: Date | string | null
  canceled_at: Date | string | null
}

/** A reservation of the order that stock cannot cover (the level's earlier reservations took it). */
export type OversoldFacts = {
  reservation_id: string
  line_item_id: string
  inventory_item_id: string
  location_id: string
  /** Units of this reservation not covered by stock. */
  short: string
  stocked: string
  reserved: string
}

export type OrderFacts = {
  id: string
  display_id: number | null
  status: string
  created_at: Date | string
  email: string | null
  customer_id: string | null
  currency_code: string
  total: string
  cart_id: string | null
  payment_collection_ids: string[]
  payments: PaymentFacts[]
  /** Medusa's order summary: current total minus captured-net transactions. Null when not available. */
  pending_difference: string | null
  /** Units ordered and units fulfilled, over all items. */
  item_quantity: string
  fulfilled_quantity: string
  fulfillments: FulfillmentFacts[]
  oversold: OversoldFacts[]
  fraud: { score: number; threshold: number; flagged: boolean } | null
}

export type Condition = {
  type: CaseType
  cause_key: string
  present: boolean
  /** False for causes only events raise (payment failures): the order's state can only close them. */
  raisable: boolean
  severity: Severity
  summary: string
  /** Identifies this episode of the cause: a manually closed case is not raised again for the same one. */
  fingerprint: string
  data: Record<string, unknown>
}

export const orderCauseKey = (type: CaseType, orderId: string) => `${type}:order:${orderId}`

export function paymentFailureCauseKey(ref: {
  payment_collection_id?: string | null
  cart_id?: string | null
  order_id?: string | null
}) {
  if (ref.payment_collection_id) return `payment_failed:pay_col:${ref.payment_collection_id}`
  if (ref.cart_id) return `payment_failed:cart:${ref.cart_id}`
  if (ref.order_id) return `payment_failed:order:${ref.order_id}`
  return null
}

export const cartOversoldCauseKey = (cartId: string) => `oversold:cart:${cartId}`

const ms = (d: Date | string) => new Date(d).getTime()
const sum = (values: string[]) => values.reduce((acc, v) => MathBN.add(acc, v), MathBN.convert(0))

export function paymentTotals(payments: PaymentFacts[]) {
  const active = payments.filter((p) => !p.canceled)
  const uncaptured = active.filter((p) => MathBN.gt(p.amount, p.captured))
  return {
    captured: sum(payments.map((p) => p.captured)),
    refunded: sum(payments.map((p) => p.refunded)),
    uncaptured,
    uncaptured_amount: sum(uncaptured.map((p) => MathBN.sub(p.amount, p.captured).toString())),
  }
}

/** Every order-level cause, present or not, as the order's facts show it now. */
export function evaluateOrder(facts: OrderFacts, settings: OrderExceptionSettings, now: Date): Condition[] {
  const canceled = facts.status === "canceled"
  const draft = facts.status === "draft"
  const closed = facts.status === "completed" || facts.status === "archived"
  const live = !canceled && !draft
  const t = paymentTotals(facts.payments)
  const nowMs = now.getTime()
  const label = facts.display_id != null ? `Order #${facts.display_id}` : `Order ${facts.id}`
  const currency = facts.currency_code.toUpperCase()
  const key = (type: CaseType) => orderCauseKey(type, facts.id)
  const conditions: Condition[] = []

  // Authorized (fully or in part) but not captured after N hours.
  const lateAuthorizations = t.uncaptured.filter(
    (p) => nowMs - ms(p.created_at) >= settings.authorized_capture_hours * HOUR
  )
  conditions.push({
    type: "authorized_not_captured",
    cause_key: key("authorized_not_captured"),
    present: live && lateAuthorizations.length > 0,
    raisable: true,
    severity: "high",
    summary: `${label}: ${t.uncaptured_amount.toString()} ${currency} authorized but not captured after ${settings.authorized_capture_hours} h`,
    fingerprint: lateAuthorizations
      .map((p) => p.id)
      .sort()
      .join(","),
    data: {
      payment_ids: lateAuthorizations.map((p) => p.id),
      uncaptured_amount: t.uncaptured_amount.toString(),
      threshold_hours: settings.authorized_capture_hours,
    },
  })

  // Captured (net of refunds) differs from what the order is now worth, with nothing left to capture.
  const difference = facts.pending_difference ?? MathBN.sub(facts.total, MathBN.sub(t.captured, t.refunded)).toString()
  const mismatch = live && MathBN.gt(t.captured, 0) && t.uncaptured.length === 0 && !MathBN.eq(difference, 0)
  conditions.push({
    type: "capture_mismatch",
    cause_key: key("capture_mismatch"),
    present: mismatch,
    raisable: true,
    severity: "high",
    summary: MathBN.gt(difference, 0)
      ? `${label}: ${difference} ${currency} of the order total is not captured`
      : `${label}: ${MathBN.abs(difference).toString()} ${currency} captured above the order total (refund due)`,
    fingerprint: MathBN.convert(difference).toString(),
    data: {
      order_total: facts.total,
      captured: t.captured.toString(),
      refunded: t.refunded.toString(),
      difference: MathBN.convert(difference).toString(),
    },
  })

  // Canceled, but money captured is not all refunded.
  const outstanding = MathBN.sub(t.captured, t.refunded)
  conditions.push({
    type: "canceled_refund_pending",
    cause_key: key("canceled_refund_pending"),
    present: canceled && MathBN.gt(outstanding, 0),
    raisable: true,
    severity: "critical",
    summary: `${label} is canceled but ${outstanding.toString()} ${currency} captured is not refunded`,
    fingerprint: outstanding.toString(),
    data: { captured: t.captured.toString(), refunded: t.refunded.toString(), outstanding: outstanding.toString() },
  })

  // Not (fully) fulfilled N days after it was placed.
  const unfulfilled = MathBN.sub(facts.item_quantity, facts.fulfilled_quantity)
  const orderAge = nowMs - ms(facts.created_at)
  conditions.push({
    type: "not_fulfilled",
    cause_key: key("not_fulfilled"),
    present: live && !closed && MathBN.gt(unfulfilled, 0) && orderAge >= settings.unfulfilled_days * DAY,
    raisable: true,
    severity: "medium",
    summary: `${label}: ${unfulfilled.toString()} unit(s) not fulfilled after ${settings.unfulfilled_days} day(s)`,
    fingerprint: `fulfillments:${facts.fulfillments.length}`,
    data: {
      unfulfilled_quantity: unfulfilled.toString(),
      item_quantity: facts.item_quantity,
      threshold_days: settings.unfulfilled_days,
    },
  })

  // Fulfilled (shipped, or created when never marked shipped) but not delivered N days later.
  const lateDeliveries = facts.fulfillments.filter(
    (f) =>
      !f.canceled_at && !f.delivered_at && nowMs - ms(f.shipped_at ?? f.created_at) >= settings.undelivered_days * DAY
  )
  conditions.push({
    type: "not_delivered",
    cause_key: key("not_delivered"),
    present: live && !closed && lateDeliveries.length > 0,
    raisable: true,
    severity: "medium",
    summary: `${label}: ${lateDeliveries.length} fulfillment(s) not delivered after ${settings.undelivered_days} day(s)`,
    fingerprint: lateDeliveries
      .map((f) => f.id)
      .sort()
      .join(","),
    data: { fulfillment_ids: lateDeliveries.map((f) => f.id), threshold_days: settings.undelivered_days },
  })

  // Reservations the stock at their location cannot cover (available below zero).
  conditions.push({
    type: "oversold",
    cause_key: key("oversold"),
    present: live && !closed && facts.oversold.length > 0,
    raisable: true,
    severity: "critical",
    summary: `${label}: ${sum(facts.oversold.map((o) => o.short)).toString()} reserved unit(s) not covered by stock`,
    fingerprint: facts.oversold
      .map((o) => o.reservation_id)
      .sort()
      .join(","),
    data: { reservations: facts.oversold },
  })

  const fraud = facts.fraud
  conditions.push({
    type: "high_fraud_risk",
    cause_key: key("high_fraud_risk"),
    present: live && !!fraud?.flagged,
    raisable: true,
    severity: fraud && fraud.score >= 90 ? "critical" : "high",
    summary: `${label}: fraud score ${fraud?.score ?? 0} (threshold ${fraud?.threshold ?? settings.fraud_threshold})`,
    fingerprint: "assessed",
    data: { score: fraud?.score ?? null, threshold: fraud?.threshold ?? null },
  })

  // A failed payment is gone once the order is paid (captured, nothing left to capture) or canceled.
  const paid = MathBN.gt(t.captured, 0) && t.uncaptured.length === 0
  conditions.push({
    type: "payment_failed",
    cause_key: key("payment_failed"),
    present: !canceled && !paid,
    raisable: false,
    severity: "high",
    summary: `${label}: payment failed`,
    fingerprint: "",
    data: {},
  })
  return conditions
}

export type CasePlan = {
  raise: RaiseCaseInput[]
  resolve: { id: string; type: CaseType; reason: string }[]
}

/**
 * Cases to raise (present, raisable causes; the service skips an episode it
 * has already seen) and active cases to resolve (their cause is gone). A
 * cart-level case (a checkout rejected for want of stock) is gone once the
 * cart became this order.
 */
export function planOrderCases(facts: OrderFacts, conditions: Condition[], active: ActiveCaseRef[]): CasePlan {
  const byType = new Map(conditions.map((c) => [c.type, c]))
  const plan: CasePlan = { raise: [], resolve: [] }
  for (const c of conditions) {
    if (!c.present || !c.raisable) continue
    plan.raise.push({
      type: c.type,
      cause_key: c.cause_key,
      source_key: `${c.cause_key}#${c.fingerprint}`,
      severity: c.severity,
      order_id: facts.id,
      cart_id: facts.cart_id,
      email: facts.email,
      customer_id: facts.customer_id,
      currency_code: facts.currency_code,
      summary: c.summary,
      data: c.data,
    })
  }
  for (const a of active) {
    if (a.type === "oversold" && a.cause_key.startsWith("oversold:cart:")) {
      plan.resolve.push({ id: a.id, type: a.type, reason: "the cart was completed as an order" })
      continue
    }
    const c = byType.get(a.type)
    if (c && !c.present) plan.resolve.push({ id: a.id, type: a.type, reason: goneReason(a.type, facts) })
  }
  return plan
}

function goneReason(type: CaseType, facts: OrderFacts) {
  if (facts.status === "canceled" && type !== "canceled_refund_pending") return "the order was canceled"
  switch (type) {
    case "payment_failed":
    case "authorized_not_captured":
      return "the payment was captured"
    case "capture_mismatch":
      return "captured amount matches the order total"
    case "canceled_refund_pending":
      return "captured amount refunded"
    case "not_fulfilled":
      return "the order was fulfilled"
    case "not_delivered":
      return "the fulfillments were delivered"
    case "oversold":
      return "stock covers the order's reservations"
    default:
      return "the cause is gone"
  }
}

/** Allowed status changes of a case. Reopening needs no other active case for the same cause. */
const TRANSITIONS: Record<CaseStatus, CaseStatus[]> = {
  open: ["in_progress", "resolved", "dismissed"],
  in_progress: ["open", "resolved", "dismissed"],
  resolved: ["open"],
  dismissed: ["open"],
}

export function canTransition(from: CaseStatus, to: CaseStatus) {
  return TRANSITIONS[from]?.includes(to) ?? false
}

export function allowedTransitions(from: CaseStatus): CaseStatus[] {
  return TRANSITIONS[from] ?? []
}

/**
 * Which reservations stock cannot cover at one inventory level: earlier
 * reservations take the stock first (by creation time, then id); a
 * reservation that allows backorders is never short. Returns the uncovered
 * part per reservation.
 */
export function uncoveredReservations(
  stocked: string | number,
  reservations: { id: string; quantity: string | number; created_at: Date | string; allow_backorder?: boolean }[]
): Map<string, string> {
  const ordered = [...reservations].sort((a, b) => ms(a.created_at) - ms(b.created_at) || a.id.localeCompare(b.id))
  let left = MathBN.convert(stocked)
  const short = new Map<string, string>()
  for (const r of ordered) {
    const take = MathBN.min(MathBN.max(left, 0), r.quantity)
    const missing = MathBN.sub(r.quantity, take)
    left = MathBN.sub(left, r.quantity)
    if (!r.allow_backorder && MathBN.gt(missing, 0)) short.set(r.id, missing.toString())
  }
  return short
}
