import { daysBefore, daysOfCover, isDeadStock, pickUnitCosts, valueAtCost } from "../utils/inventory"

describe("daysOfCover", () => {
  it("available ÷ daily rate of the window, one decimal", () => {
    expect(daysOfCover(30, 30, 30)).toEqual(30)
    expect(daysOfCover(10, 3, 7)).toEqual(23.3)
    expect(daysOfCover(1, 90, 30)).toEqual(0.3)
  })

  it("0 when nothing is available, null when nothing sold", () => {
    expect(daysOfCover(0, 10, 30)).toEqual(0)
    expect(daysOfCover(-2, 10, 30)).toEqual(0)
    expect(daysOfCover(10, 0, 30)).toBeNull()
  })
})

describe("isDeadStock", () => {
  const base = { stocked: 5, created_day: "2025-01-01", today: "2026-06-30", dead_days: 90 }

  it("on hand and no sale in the last N days", () => {
    expect(daysBefore("2026-06-30", 90)).toEqual("2026-04-01")
    expect(isDeadStock({ ...base, last_sold_day: "2026-04-01" })).toBe(true)
    expect(isDeadStock({ ...base, last_sold_day: "2026-04-02" })).toBe(false)
  })

  it("never sold: dead once the item is N days old; nothing on hand is never dead stock", () => {
    expect(isDeadStock({ ...base, last_sold_day: null })).toBe(true)
    expect(isDeadStock({ ...base, last_sold_day: null, created_day: "2026-06-01" })).toBe(false)
    expect(isDeadStock({ ...base, stocked: 0, last_sold_day: null })).toBe(false)
  })
})

describe("pickUnitCosts", () => {
  it("preferred supplier first, else the most recently updated, exact decimal", () => {
    const costs = pickUnitCosts([
      {
        inventory_item_id: "i1",
        cost_price: "4.10",
        currency_code: "EUR",
        is_preferred: false,
        updated_at: "2026-05-01",
      },
      {
        inventory_item_id: "i1",
        cost_price: "5.25",
        currency_code: "usd",
        is_preferred: true,
        updated_at: "2026-01-01",
      },
      { inventory_item_id: "i2", cost_price: 3, currency_code: "eur", is_preferred: false, updated_at: "2026-01-01" },
      {
        inventory_item_id: "i2",
        cost_price: "2.5",
        currency_code: "eur",
        is_preferred: false,
        updated_at: "2026-02-01",
      },
      { inventory_item_id: "i3", cost_price: "7", currency_code: "eur", is_preferred: false, updated_at: "2026-02-01" },
      { inventory_item_id: "i3", cost_price: "6", currency_code: "eur", is_preferred: false, updated_at: "2026-02-01" },
    ])
    expect(costs.get("i1")).toEqual({ cost: "5.25", currency_code: "usd" })
    expect(costs.get("i2")).toEqual({ cost: "2.5", currency_code: "eur" })
    expect(costs.get("i3")).toEqual({ cost: "6", currency_code: "eur" })
    expect(costs.has("i4")).toBe(false)
  })

  it("value at cost is exact", () => {
    expect(valueAtCost(3, "0.1")).toEqual("0.3")
    expect(valueAtCost(0, "9.99")).toEqual("0")
  })
})
