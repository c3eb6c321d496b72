import { attributeChange } from "../utils/attribution"

const cause = (event_group_id: string, created_at: string, stock_keys: string[] | null = null) => ({
  event_group_id,
  created_at,
  stock_keys,
})

describe("attributeChange", () => {
  const order = cause("order-run", "2026-01-01T10:00:00Z")
  const receipt = cause("receipt-run", "2026-01-01T10:00:01Z", ["i1:l1", "i2:l1"])

  it("a change found with its own run's event belongs to that run", () => {
    expect(attributeChange("i1:l1", order, [], "2026-01-01T09:00:00Z")).toBe(order)
    expect(attributeChange("i1:l1", undefined, [], null)).toBeUndefined()
  })

  it("a later run that listed the level takes a change found while handling an older event", () => {
    expect(attributeChange("i1:l1", undefined, [receipt], "2026-01-01T09:00:00Z")).toBe(receipt)
    expect(attributeChange("i1:l1", order, [receipt], "2026-01-01T09:00:00Z")).toBe(receipt)
  })

  it("not for other levels, causes older than the last accounted change, or older than the own cause", () => {
    expect(attributeChange("i3:l1", order, [receipt], null)).toBe(order)
    expect(attributeChange("i1:l1", order, [receipt], "2026-01-01T10:00:02Z")).toBe(order)
    const newerOwn = cause("own", "2026-01-01T10:00:05Z")
    expect(attributeChange("i1:l1", newerOwn, [receipt], null)).toBe(newerOwn)
  })

  it("the newest of several listing causes wins", () => {
    const stocktake = cause("stocktake-run", "2026-01-01T10:00:03Z", ["i1:l1"])
    expect(attributeChange("i1:l1", undefined, [receipt, stocktake], null)).toBe(stocktake)
  })
})
