import {
  addMonths,
  allocateFifo,
  earnableCaptured,
  earnableTotal,
  pointsForAmount,
  pointsValue,
  reversalForRefund,
  tierFor,
} from "../utils/points"

const order = {
  total: 129,
  item_subtotal: 100,
  item_total: 119,
  discount_subtotal: 10,
  discount_total: 11.9,
  shipping_subtotal: 10,
  shipping_total: 11.9,
}

describe("pointsForAmount", () => {
  it.each([
    ["floor", 10.99, 1, 10],
    ["round", 10.5, 1, 11],
    ["round", 10.49, 1, 10],
    ["ceil", 10.01, 1, 11],
    ["floor", 10, 1.5, 15],
  ] as const)("rounds with %s: %s x 1 x %s = %s", (rounding, amount, multiplier, expected) => {
    expect(pointsForAmount(amount, { points_per_unit: 1, rounding }, multiplier)).toEqual(expected)
  })

  it("does not suffer float error on decimal rates", () => {
    // 0.1 x 30 is 3.0000000000000004 in floats; ceil would give 4.
    expect(pointsForAmount(30, { points_per_unit: 0.1, rounding: "ceil" })).toEqual(3)
    expect(pointsForAmount("19.99", { points_per_unit: "0.1" as any, rounding: "floor" })).toEqual(1)
  })

  it("never returns negative points", () => {
    expect(pointsForAmount(-5, { points_per_unit: 1, rounding: "floor" })).toEqual(0)
  })
})

describe("earnableTotal", () => {
  it("counts items after discounts, without tax or shipping by default", () => {
    expect(earnableTotal(order, { include_tax: false, include_shipping: false }).toNumber()).toEqual(90)
  })
  it("adds tax and shipping when the rule says so", () => {
    expect(earnableTotal(order, { include_tax: true, include_shipping: false }).toNumber()).toEqual(107.1)
    expect(earnableTotal(order, { include_tax: false, include_shipping: true }).toNumber()).toEqual(100)
    expect(earnableTotal(order, { include_tax: true, include_shipping: true }).toNumber()).toEqual(119)
  })
  it("earns on the captured share of the order", () => {
    const rule = { include_tax: false, include_shipping: false }
    expect(earnableCaptured(129, order, rule).toNumber()).toEqual(90)
    expect(earnableCaptured(64.5, order, rule).toNumber()).toEqual(45)
    expect(earnableCaptured(500, order, rule).toNumber()).toEqual(90)
    expect(earnableCaptured(10, { ...order, total: 0 }, rule).toNumber()).toEqual(0)
  })
})

describe("reversalForRefund", () => {
  it("reverses the refunded share", () => {
    expect(reversalForRefund({ earned: 90, captured: 129, refundedSoFar: 38.7, alreadyReversed: 0 })).toEqual(27)
  })
  it("does not drift over several partial refunds", () => {
    let reversed = 0
    for (const refundedSoFar of [10, 20, 30, 33.33, 100]) {
      reversed += reversalForRefund({ earned: 33, captured: 100, refundedSoFar, alreadyReversed: reversed })
    }
    expect(reversed).toEqual(33)
  })
  it("never reverses more than was earned", () => {
    expect(reversalForRefund({ earned: 50, captured: 100, refundedSoFar: 150, alreadyReversed: 0 })).toEqual(50)
    expect(reversalForRefund({ earned: 50, captured: 100, refundedSoFar: 100, alreadyReversed: 50 })).toEqual(0)
    expect(reversalForRefund({ earned: 0, captured: 100, refundedSoFar: 100, alreadyReversed: 0 })).toEqual(0)
  })
})

describe("tierFor", () => {
  const tiers = [
    { name: "Gold", min_spend: 1000, multiplier: 2 },
    { name: "Silver", min_spend: 300, multiplier: 1.25 },
  ]
  it("finds the current and the next tier", () => {
    expect(tierFor(0, tiers)).toMatchObject({
      current: null,
      next: { name: "Silver" },
      multiplier: 1,
      missing_spend: 300,
    })
    expect(tierFor(300, tiers)).toMatchObject({
      current: { name: "Silver" },
      next: { name: "Gold" },
      missing_spend: 700,
    })
    expect(tierFor(5000, tiers)).toMatchObject({ current: { name: "Gold" }, next: null, multiplier: 2 })
  })
  it("works without tiers", () => {
    expect(tierFor(100, null)).toMatchObject({ current: null, next: null, multiplier: 1 })
  })
})

describe("allocateFifo", () => {
  it("takes lots in order and reports the shortfall", () => {
    const lots = [
      { id: "a", remaining: 30 },
      { id: "b", remaining: 50 },
    ]
    expect(allocateFifo(lots, 40)).toEqual({
      takes: [
        { id: "a", take: 30 },
        { id: "b", take: 10 },
      ],
      shortfall: 0,
    })
    expect(allocateFifo(lots, 100)).toEqual({
      takes: [
        { id: "a", take: 30 },
        { id: "b", take: 50 },
      ],
      shortfall: 20,
    })
    expect(allocateFifo([], 5)).toEqual({ takes: [], shortfall: 5 })
  })
})

describe("helpers", () => {
  it("values points in money", () => {
    expect(pointsValue(250, { points_per_currency_unit: 100 }).toNumber()).toEqual(2.5)
  })
  it("adds calendar months", () => {
    expect(addMonths(new Date("2026-01-31T00:00:00Z"), 12).toISOString()).toEqual("2027-01-31T00:00:00.000Z")
  })
})
