import { planOrderPostings, type OrderLoyaltyState } from "../utils/plan"
import { currencyDecimals, planRedemption } from "../utils/redemption"

const rule = {
  currency_code: "eur",
  is_active: true,
  points_per_unit: 1,
  rounding: "floor" as const,
  include_tax: false,
  include_shipping: false,
  points_per_currency_unit: 100,
  min_redemption: 0,
  max_redemption_share: 0.5,
  expiry_months: 12,
  pending_days: 0,
  welcome_points: 0,
  tiers: null,
}

const base = (): OrderLoyaltyState => ({
  order: {
    id: "order_1",
    customer_id: "cus_1",
    currency_code: "eur",
    status: "pending",
    total: 125,
    item_subtotal: 100,
    item_total: 119,
    discount_subtotal: 0,
    discount_total: 0,
    shipping_subtotal: 5,
    shipping_total: 6,
  },
  customer_has_account: true,
  captures: [{ id: "capt_1", amount: 125, created_at: "2026-01-01T00:00:00Z" }],
  refunds: [],
  posted: [],
  rule,
  multiplier: 1,
})

describe("planOrderPostings", () => {
  it("earns per capture with expiry, nothing for guests or without a rule", () => {
    const [earn] = planOrderPostings(base())
    expect(earn).toMatchObject({
      kind: "earn",
      points: 100,
      source: "capture",
      source_id: "capt_1",
      order_id: "order_1",
    })
    expect((earn.expires_at as Date).toISOString()).toEqual("2027-01-01T00:00:00.000Z")
    expect(planOrderPostings({ ...base(), customer_has_account: false })).toEqual([])
    expect(planOrderPostings({ ...base(), rule: null })).toEqual([])
    expect(planOrderPostings({ ...base(), rule: { ...rule, is_active: false } })).toEqual([])
  })

  it("applies the tier multiplier and the pending period", () => {
    const [earn] = planOrderPostings({ ...base(), multiplier: 1.5, rule: { ...rule, pending_days: 14 } })
    expect(earn.points).toEqual(150)
    expect((earn.available_at as Date).toISOString()).toEqual("2026-01-15T00:00:00.000Z")
  })

  it("posts nothing again once everything is posted", () => {
    const state = base()
    state.posted = [{ kind: "earn", source: "capture", source_id: "capt_1", points: 100 }]
    expect(planOrderPostings(state)).toEqual([])
  })

  it("reverses refunds by share and the rest on cancel, never twice", () => {
    const state = base()
    state.posted = [{ kind: "earn", source: "capture", source_id: "capt_1", points: 100 }]
    state.refunds = [{ id: "ref_1", amount: 25, created_at: "2026-01-02T00:00:00Z" }]
    const [refund] = planOrderPostings(state)
    expect(refund).toMatchObject({
      kind: "reverse",
      points: -20,
      source: "refund",
      source_id: "ref_1",
      allow_debt: true,
    })

    state.posted.push({ kind: "reverse", source: "refund", source_id: "ref_1", points: -20 })
    state.order.status = "canceled"
    state.refunds.push({ id: "ref_2", amount: 100, created_at: "2026-01-03T00:00:00Z" })
    const postings = planOrderPostings(state)
    // The second refund reverses the remaining 80; the cancel then has nothing left.
    expect(postings).toEqual([expect.objectContaining({ source: "refund", source_id: "ref_2", points: -80 })])
  })

  it("returns redeemed points when the order is canceled", () => {
    const state = base()
    state.captures = []
    state.order.status = "canceled"
    state.posted = [{ kind: "redeem", source: "order", source_id: "order_1", points: -300 }]
    const [returned] = planOrderPostings(state)
    expect(returned).toMatchObject({ kind: "reverse", points: 300, source: "redeem_cancel", source_id: "order_1" })
    // Planned again after the return was posted (a redelivered event): nothing, and no reversal of the return.
    state.posted.push({ kind: "reverse", source: "redeem_cancel", source_id: "order_1", points: 300 })
    expect(planOrderPostings(state)).toEqual([])
  })
})

describe("planRedemption", () => {
  it("charges only the points the discount costs", () => {
    expect(planRedemption({ points: 550, cartTotal: 100, currency_code: "eur", rule })).toEqual({
      points: 550,
      amount: "5.5",
      max_amount: "50",
    })
    // 3 points per yen-less unit: 10 points buy 3.33 EUR worth 9.99 points -> charge 10 (ceil of cost)
    expect(
      planRedemption({
        points: 10,
        cartTotal: 100,
        currency_code: "eur",
        rule: { ...rule, points_per_currency_unit: 3 },
      })
    ).toEqual({ points: 10, amount: "3.33", max_amount: "50" })
    expect(
      planRedemption({
        points: 250,
        cartTotal: 10000,
        currency_code: "jpy",
        rule: { ...rule, points_per_currency_unit: 1 },
      })
    ).toMatchObject({ points: 250, amount: "250" })
  })

  it("refuses what the rule does not allow", () => {
    expect(() => planRedemption({ points: 0, cartTotal: 100, currency_code: "eur", rule })).toThrow(
      "positive whole number"
    )
    expect(() => planRedemption({ points: -5, cartTotal: 100, currency_code: "eur", rule })).toThrow(
      "positive whole number"
    )
    expect(() => planRedemption({ points: 1.5, cartTotal: 100, currency_code: "eur", rule })).toThrow(
      "positive whole number"
    )
    expect(() =>
      planRedemption({ points: 50, cartTotal: 100, currency_code: "eur", rule: { ...rule, min_redemption: 100 } })
    ).toThrow("At least 100 points")
    expect(() => planRedemption({ points: 6000, cartTotal: 100, currency_code: "eur", rule })).toThrow("at most 50 EUR")
    expect(() => planRedemption({ points: 1, cartTotal: 100, currency_code: "jpy", rule })).toThrow("worth less than")
  })

  it("knows currency precision", () => {
    expect(currencyDecimals("eur")).toEqual(2)
    expect(currencyDecimals("jpy")).toEqual(0)
    expect(currencyDecimals("bhd")).toEqual(3)
  })
})
