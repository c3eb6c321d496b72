import { retentionDays } from "../../../jobs/search-insight-retention"
import { STALE_EVENT_CHUNK, staleProductPayloads } from "../steps/stale-product-events"

describe("stale product events", () => {
  it("announces each product once, in chunks", () => {
    const ids = Array.from({ length: STALE_EVENT_CHUNK + 3 }, (_, i) => `prod_${String(i).padStart(4, "0")}`)
    const payloads = staleProductPayloads([...ids, ids[0], ids[1]], "units_sold")
    expect(payloads.map((p) => p.ids.length)).toEqual([STALE_EVENT_CHUNK, 3])
    expect(payloads.flatMap((p) => p.ids)).toEqual(ids)
    expect(payloads.every((p) => p.reason === "units_sold")).toBe(true)
    expect(staleProductPayloads([], "x")).toEqual([])
  })
})

describe("search log retention", () => {
  it("reads SEARCH_LOG_RETENTION_DAYS, 180 days otherwise", () => {
    expect(retentionDays({})).toBe(180)
    expect(retentionDays({ SEARCH_LOG_RETENTION_DAYS: "30" })).toBe(30)
    expect(retentionDays({ SEARCH_LOG_RETENTION_DAYS: "0" })).toBe(180)
    expect(retentionDays({ SEARCH_LOG_RETENTION_DAYS: "soon" })).toBe(180)
  })
})
