import type { OrderExceptionSettings } from "../types"
import {
  canTransition,
  evaluateOrder,
  paymentFailureCauseKey,
  planOrderCases,
  uncoveredReservations,
  type OrderFacts,
} from "../utils/cases"
import { DEFAULT_FRAUD_RULES } from "../utils/fraud"

const HOUR = 3_600_000
const DAY = 24 * HOUR
const now = new Date("2026-06-01T12:00:00Z")
const ago = (ms: number) => new Date(now.getTime() - ms)

const settings: OrderExceptionSettings = {
  id: "oexs_1",
  authorized_capture_hours: 24,
  unfulfilled_days: 3,
  undelivered_days: 14,
  fraud_threshold: 50,
  scan_window_days: 90,
  fraud_rules: DEFAULT_FRAUD_RULES,
}

const order = (patch: Partial<OrderFacts> = {}): OrderFacts => ({
  id: "order_1",
  display_id: 7,
  status: "pending",
  created_at: ago(HOUR),
  email: "a@example.com",
  customer_id: null,
  currency_code: "eur",
  total: "100",
  cart_id: "cart_1",
  payment_collection_ids: ["pay_col_1"],
  payments: [{ id: "pay_1", amount: "100", captured: "0", refunded: "0", canceled: false, created_at: ago(HOUR) }],
  pending_difference: "100",
  item_quantity: "2",
  fulfilled_quantity: "0",
  fulfillments: [],
  oversold: [],
  fraud: null,
  ...patch,
})

const present = (facts: OrderFacts, s = settings) =>
  evaluateOrder(facts, s, now)
    .filter((c) => c.present)
    .map((c) => c.type)
    .sort()

const captured = { id: "pay_1", amount: "100", captured: "100", refunded: "0", canceled: false, created_at: ago(DAY) }

describe("evaluateOrder", () => {
  it("a fresh authorized order has no raisable cause (payment_failed only closes)", () => {
    const conditions = evaluateOrder(order(), settings, now)
    expect(conditions.filter((c) => c.present && c.raisable)).toEqual([])
  })

  it("authorized but not captured: due at exactly N hours, gone once captured or canceled", () => {
    const at = (hours: number) => order({ payments: [{ ...order().payments[0], created_at: ago(hours * HOUR) }] })
    expect(present(at(23.99))).not.toContain("authorized_not_captured")
    expect(present(at(24))).toContain("authorized_not_captured")
    const partly = order({ payments: [{ ...order().payments[0], captured: "60", created_at: ago(30 * HOUR) }] })
    const c = evaluateOrder(partly, settings, now).find((x) => x.type === "authorized_not_captured")!
    expect(c.present).toBe(true)
    expect(c.data.uncaptured_amount).toBe("40")
    expect(present(order({ payments: [captured], pending_difference: "0" }))).toEqual([])
    expect(present(order({ status: "canceled", payments: [{ ...captured, captured: "0", canceled: true }] }))).toEqual(
      []
    )
  })

  it("with the threshold at 0 every authorization is due at once", () => {
    expect(present(order(), { ...settings, authorized_capture_hours: 0 })).toContain("authorized_not_captured")
  })

  it("capture mismatch: nothing left to capture and Medusa's pending difference is not zero", () => {
    const owed = order({ payments: [captured], pending_difference: "15.5" })
    const c = evaluateOrder(owed, settings, now).find((x) => x.type === "capture_mismatch")!
    expect(c.present).toBe(true)
    expect(c.summary).toContain("15.5 EUR of the order total is not captured")
    const over = evaluateOrder(order({ payments: [captured], pending_difference: "-20" }), settings, now).find(
      (x) => x.type === "capture_mismatch"
    )!
    expect(over.summary).toContain("20 EUR captured above the order total")
    // Still capturing: not a mismatch yet.
    expect(present(order({ payments: [{ ...captured, captured: "50" }], pending_difference: "50" }))).not.toContain(
      "capture_mismatch"
    )
    // Without a summary the difference is total - (captured - refunded).
    const noSummary = evaluateOrder(
      order({ payments: [{ ...captured, refunded: "10" }], pending_difference: null }),
      settings,
      now
    ).find((x) => x.type === "capture_mismatch")!
    expect(noSummary.data.difference).toBe("10")
  })

  it("canceled with refund pending: captured above refunded on a canceled order", () => {
    const canceled = (refunded: string) =>
      order({ status: "canceled", payments: [{ ...captured, refunded }], pending_difference: "0" })
    expect(present(canceled("40"))).toEqual(["canceled_refund_pending"])
    expect(
      evaluateOrder(canceled("40"), settings, now).find((c) => c.type === "canceled_refund_pending")!.data
    ).toMatchObject({
      outstanding: "60",
    })
    expect(present(canceled("100"))).toEqual([])
  })

  it("not fulfilled after N days, counting units; fulfilled, completed or canceled orders are fine", () => {
    const old = { created_at: ago(3 * DAY) }
    expect(present(order({ ...old, payments: [captured], pending_difference: "0" }))).toEqual(["not_fulfilled"])
    expect(present(order({ created_at: ago(3 * DAY - 1), payments: [captured], pending_difference: "0" }))).toEqual([])
    expect(present(order({ ...old, payments: [captured], pending_difference: "0", fulfilled_quantity: "1" }))).toEqual([
      "not_fulfilled",
    ])
    expect(present(order({ ...old, payments: [captured], pending_difference: "0", fulfilled_quantity: "2" }))).toEqual(
      []
    )
    expect(present(order({ ...old, status: "completed", payments: [captured], pending_difference: "0" }))).toEqual([])
  })

  it("not delivered N days after shipping (or creation when never shipped)", () => {
    const paid = { payments: [captured], pending_difference: "0", fulfilled_quantity: "2" }
    const f = (patch: any) => ({
      id: "ful_1",
      created_at: ago(20 * DAY),
      shipped_at: null,
      delivered_at: null,
      canceled_at: null,
      ...patch,
    })
    expect(present(order({ ...paid, fulfillments: [f({})] }))).toEqual(["not_delivered"])
    expect(present(order({ ...paid, fulfillments: [f({ shipped_at: ago(13 * DAY) })] }))).toEqual([])
    expect(present(order({ ...paid, fulfillments: [f({ delivered_at: ago(DAY) })] }))).toEqual([])
    expect(present(order({ ...paid, fulfillments: [f({ canceled_at: ago(DAY) })] }))).toEqual([])
  })

  it("oversold and high fraud risk follow their facts; a canceled order has neither", () => {
    const short = [
      {
        reservation_id: "res_1",
        line_item_id: "li_1",
        inventory_item_id: "iitem_1",
        location_id: "sloc_1",
        short: "1",
        stocked: "0",
        reserved: "1",
      },
    ]
    expect(present(order({ oversold: short }))).toEqual(["oversold", "payment_failed"])
    const risky = order({ fraud: { score: 95, threshold: 50, flagged: true } })
    const fraud = evaluateOrder(risky, settings, now).find((c) => c.type === "high_fraud_risk")!
    expect(fraud).toMatchObject({ present: true, severity: "critical" })
    expect(present(order({ fraud: { score: 40, threshold: 50, flagged: false } }))).not.toContain("high_fraud_risk")
    expect(
      present(order({ status: "canceled", oversold: short, fraud: { score: 95, threshold: 50, flagged: true } }))
    ).toEqual([])
  })
})

describe("planOrderCases", () => {
  const active = (type: any, cause_key: string, id = `oexc_${type}`) => ({
    id,
    type,
    cause_key,
    order_id: "order_1",
    payment_collection_id: null,
  })

  it("raises present causes once per episode, keyed by cause and fingerprint", () => {
    const facts = order({ payments: [{ ...order().payments[0], created_at: ago(30 * HOUR) }] })
    const plan = planOrderCases(facts, evaluateOrder(facts, settings, now), [])
    expect(plan.raise).toEqual([
      expect.objectContaining({
        type: "authorized_not_captured",
        cause_key: "authorized_not_captured:order:order_1",
        source_key: "authorized_not_captured:order:order_1#pay_1",
        order_id: "order_1",
        cart_id: "cart_1",
        severity: "high",
      }),
    ])
    expect(plan.resolve).toEqual([])
  })

  it("closes active cases whose cause is gone, keeps the others", () => {
    const facts = order({ payments: [captured], pending_difference: "0", created_at: ago(4 * DAY) })
    const plan = planOrderCases(facts, evaluateOrder(facts, settings, now), [
      active("payment_failed", "payment_failed:pay_col:pay_col_1"),
      active("authorized_not_captured", "authorized_not_captured:order:order_1"),
      active("not_fulfilled", "not_fulfilled:order:order_1"),
      active("oversold", "oversold:cart:cart_1"),
    ])
    expect(plan.resolve.map((r) => [r.type, r.reason])).toEqual([
      ["payment_failed", "the payment was captured"],
      ["authorized_not_captured", "the payment was captured"],
      ["oversold", "the cart was completed as an order"],
    ])
    expect(plan.raise.map((r) => r.type)).toEqual(["not_fulfilled"])
  })

  it("a canceled order closes everything but a pending refund", () => {
    const facts = order({ status: "canceled", payments: [{ ...captured, refunded: "0" }] })
    const plan = planOrderCases(facts, evaluateOrder(facts, settings, now), [
      active("high_fraud_risk", "high_fraud_risk:order:order_1"),
      active("not_fulfilled", "not_fulfilled:order:order_1"),
    ])
    expect(plan.resolve.map((r) => r.reason)).toEqual(["the order was canceled", "the order was canceled"])
    expect(plan.raise.map((r) => r.type)).toEqual(["canceled_refund_pending"])
  })
})

describe("uncoveredReservations", () => {
  const r = (id: string, quantity: number, minutesAgo: number, allow_backorder = false) => ({
    id,
    quantity,
    created_at: ago(minutesAgo * 60_000),
    allow_backorder,
  })

  it("earlier reservations take the stock first; the rest is short", () => {
    const short = uncoveredReservations(3, [r("late", 2, 1), r("early", 2, 10)])
    expect([...short]).toEqual([["late", "1"]])
  })

  it("nothing is short when stock covers all; backorder reservations are never short", () => {
    expect(uncoveredReservations(4, [r("a", 2, 2), r("b", 2, 1)]).size).toBe(0)
    expect([...uncoveredReservations(1, [r("a", 1, 2), r("b", 1, 1, true)])]).toEqual([])
    expect([...uncoveredReservations(0, [r("a", 1, 2), r("b", 1, 1)])]).toEqual([
      ["a", "1"],
      ["b", "1"],
    ])
  })

  it("negative stock leaves everything short; ties break by id", () => {
    expect([...uncoveredReservations(-2, [r("b", 1, 1), r("a", 1, 1)])]).toEqual([
      ["a", "1"],
      ["b", "1"],
    ])
    expect([...uncoveredReservations(1, [r("b", 1, 1), r("a", 1, 1)])]).toEqual([["b", "1"]])
  })
})

describe("transitions and keys", () => {
  it("allows the documented moves only", () => {
    expect(canTransition("open", "in_progress")).toBe(true)
    expect(canTransition("in_progress", "resolved")).toBe(true)
    expect(canTransition("resolved", "open")).toBe(true)
    expect(canTransition("dismissed", "open")).toBe(true)
    expect(canTransition("resolved", "dismissed")).toBe(false)
    expect(canTransition("resolved", "in_progress")).toBe(false)
    expect(canTransition("dismissed", "resolved")).toBe(false)
    expect(canTransition("open", "open")).toBe(false)
  })

  it("a payment failure is keyed by its payment collection, else cart, else order", () => {
    expect(paymentFailureCauseKey({ payment_collection_id: "pc", cart_id: "c", order_id: "o" })).toBe(
      "payment_failed:pay_col:pc"
    )
    expect(paymentFailureCauseKey({ cart_id: "c", order_id: "o" })).toBe("payment_failed:cart:c")
    expect(paymentFailureCauseKey({ order_id: "o" })).toBe("payment_failed:order:o")
    expect(paymentFailureCauseKey({})).toBeNull()
  })
})
