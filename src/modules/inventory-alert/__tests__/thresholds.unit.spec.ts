import { crossingStates, measuredScopes, planAlerts, TOTAL_SCOPE } from "../utils/thresholds"

const level = (location_id: string, stocked: number, reserved = 0) => ({
  location_id,
  stocked_quantity: stocked,
  reserved_quantity: reserved,
})

describe("measuredScopes", () => {
  it("sums available (stocked - reserved) over locations against the item threshold, else the store default", () => {
    const levels = [level("a", 10, 4), level("b", 3, 1)]
    expect(measuredScopes(levels, [], 5)).toEqual([
      { scope_key: TOTAL_SCOPE, location_id: null, available: 8, threshold: 5 },
    ])
    expect(measuredScopes(levels, [{ location_id: null, threshold: 9 }], 5)[0].threshold).toEqual(9)
  })

  it("adds a scope per location threshold (most specific wins there), 0 where nothing is stocked", () => {
    const scopes = measuredScopes(
      [level("a", 10, 4), level("b", 3, 1)],
      [
        { location_id: "b", threshold: 2 },
        { location_id: "c", threshold: 1 },
        { location_id: null, threshold: 7 },
      ],
      5
    )
    expect(scopes).toEqual([
      { scope_key: TOTAL_SCOPE, location_id: null, available: 8, threshold: 7 },
      { scope_key: "b", location_id: "b", available: 2, threshold: 2 },
      { scope_key: "c", location_id: "c", available: 0, threshold: 1 },
    ])
  })

  it("does not measure an item with no stock level", () => {
    expect(measuredScopes([], [{ location_id: null, threshold: 3 }], 5)).toEqual([])
  })
})

describe("crossingStates", () => {
  it.each([
    // available, threshold, hysteresis, low, out
    [10, 5, 0, "clear", "clear"],
    [6, 5, 0, "clear", "clear"],
    [5, 5, 0, "raise", "clear"],
    [1, 5, 0, "raise", "clear"],
    [0, 5, 0, "hold", "raise"],
    [-2, 5, 0, "hold", "raise"],
    [7, 5, 3, "hold", "clear"],
    [8, 5, 3, "hold", "clear"],
    [9, 5, 3, "clear", "clear"],
    [2, 5, 3, "raise", "hold"],
    [4, 5, 3, "raise", "clear"],
    [0, 0, 0, "hold", "raise"],
    [1, 0, 0, "clear", "clear"],
  ])("available %p, threshold %p, hysteresis %p -> low %p, out %p", (available, threshold, hysteresis, low, out) => {
    expect(crossingStates(available, threshold, hysteresis)).toEqual({ low_stock: low, out_of_stock: out })
  })
})

describe("planAlerts", () => {
  const total = (available: number, threshold = 5) => ({ scope_key: "*", location_id: null, available, threshold })

  it("raises once: an active alert for the crossing means nothing new", () => {
    expect(planAlerts([total(3)], [], 0).raise).toEqual([{ scope: total(3), kind: "low_stock" }])
    const plan = planAlerts([total(2)], [{ id: "a1", scope_key: "*", kind: "low_stock" }], 0)
    expect(plan).toEqual({ raise: [], clear: [], keep: [{ id: "a1", available: 2 }] })
  })

  it("a stock-out raises its own alert and keeps the low one", () => {
    const plan = planAlerts([total(0)], [{ id: "low", scope_key: "*", kind: "low_stock" }], 0)
    expect(plan.raise).toEqual([{ scope: total(0), kind: "out_of_stock" }])
    expect(plan.keep).toEqual([{ id: "low", available: 0 }])
  })

  it("clears only above threshold + hysteresis", () => {
    const active = [{ id: "low", scope_key: "*", kind: "low_stock" as const }]
    expect(planAlerts([total(7)], active, 3).clear).toEqual([])
    expect(planAlerts([total(9)], active, 3).clear).toEqual([{ id: "low", available: 9 }])
  })

  it("clears alerts of scopes no longer measured", () => {
    const plan = planAlerts([total(10)], [{ id: "loc", scope_key: "sloc_1", kind: "low_stock" }], 0)
    expect(plan.clear).toEqual([{ id: "loc", available: 0 }])
  })
})
