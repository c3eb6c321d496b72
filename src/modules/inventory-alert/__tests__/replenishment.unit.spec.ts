import { suggestReplenishment } from "../utils/replenishment"
import { pickSubscribersToNotify } from "../utils/back-in-stock"
import { webhookPayload } from "../utils/messages"

const base = {
  available: 10,
  incoming: 0,
  units_sold: 30,
  window_days: 30,
  lead_time_days: 14,
  safety_stock_days: 7,
  waiting_demand: 0,
  cover_days: 30,
}

describe("suggestReplenishment", () => {
  it("velocity, days of cover, reorder point = velocity × lead time + safety stock", () => {
    const s = suggestReplenishment(base)
    expect(s).toMatchObject({
      velocity_per_day: 1,
      days_of_cover: 10,
      safety_stock: 7,
      reorder_point: 21,
      projected: 10,
    })
    expect(s.needs_reorder).toBe(true)
    // Order up to velocity × (lead time + cover) + safety stock = 14 + 30 + 7 = 51, minus the 10 projected.
    expect(s.suggested_quantity).toEqual(41)
  })

  it("counts incoming stock and waiting back-in-stock demand", () => {
    expect(suggestReplenishment({ ...base, incoming: 20 }).needs_reorder).toBe(false)
    const waiting = suggestReplenishment({ ...base, incoming: 20, waiting_demand: 15 })
    expect(waiting).toMatchObject({ projected: 15, needs_reorder: true, suggested_quantity: 36 })
  })

  it("respects the supplier's minimum order and an explicit safety stock", () => {
    expect(suggestReplenishment({ ...base, minimum_order_quantity: 100 }).suggested_quantity).toEqual(100)
    expect(suggestReplenishment({ ...base, safety_stock: 0 })).toMatchObject({ safety_stock: 0, reorder_point: 14 })
  })

  it("suggests nothing for an item that does not sell and nobody waits for", () => {
    expect(suggestReplenishment({ ...base, units_sold: 0, available: 0 })).toMatchObject({
      velocity_per_day: 0,
      days_of_cover: null,
      needs_reorder: false,
      suggested_quantity: 0,
    })
    expect(
      suggestReplenishment({ ...base, units_sold: 0, available: 0, waiting_demand: 3 }).suggested_quantity
    ).toEqual(3)
  })
})

describe("pickSubscribersToNotify", () => {
  const waiting = [
    { id: "c", variant_id: "v1", created_at: "2026-01-03" },
    { id: "a", variant_id: "v1", created_at: "2026-01-01" },
    { id: "b", variant_id: "v1", created_at: "2026-01-02" },
    { id: "d", variant_id: "v2", created_at: "2026-01-01" },
  ]
  it("oldest first, as many as the units serve", () => {
    expect(pickSubscribersToNotify(waiting, { v1: 2, v2: 0 }, "available")).toEqual(["a", "b"])
  })
  it("everyone in 'all' mode; nobody without stock or for unmanaged variants", () => {
    expect(pickSubscribersToNotify(waiting, { v1: 1, v2: null }, "all")).toEqual(["a", "b", "c"])
    expect(pickSubscribersToNotify(waiting, {}, "all")).toEqual([])
  })
})

describe("webhookPayload", () => {
  const alert = (id: string, kind: "low_stock" | "out_of_stock") => ({
    id,
    kind,
    threshold: 5,
    raised_quantity: kind === "out_of_stock" ? 0 : 3,
    item: { sku: `SKU-${id}`, title: "Shirt" },
    location: null,
  })
  it("one Slack message per batch, listing the first alerts", () => {
    const payload = webhookPayload([alert("1", "low_stock"), alert("2", "out_of_stock"), alert("3", "low_stock")], 2)
    expect(payload.text.split("\n")).toEqual([
      "3 new inventory alerts (1 out of stock)",
      "• Low stock: SKU-1: Shirt (SKU-1): 3 available across all locations, threshold 5.",
      "• Out of stock: SKU-2: Shirt (SKU-2): 0 available across all locations.",
      "…and 1 more",
    ])
    expect(payload.alerts).toHaveLength(3)
  })
})
