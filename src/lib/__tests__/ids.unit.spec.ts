import { generateEntityId } from "@medusajs/framework/utils"
import { bulkEntityIds } from "../ids"

describe("bulkEntityIds", () => {
  it("makes ids shaped as generateEntityId's: prefix, 26 Crockford base32 characters", () => {
    const medusa = generateEntityId(undefined, "cpn")
    const [ours] = bulkEntityIds("cpn", 1)
    const shape = /^cpn_[0-9A-HJKMNP-TV-Z]{26}$/
    expect(medusa).toMatch(shape)
    expect(ours).toMatch(shape)
  })

  it("encodes the time like a ULID, so ids sort after older ones", () => {
    const now = Date.now()
    const [ours] = bulkEntityIds("x", 1, now)
    const medusa = generateEntityId(undefined, "x")
    // same millisecond or later: the time parts compare as the clock does
    expect(ours.slice(0, 12) <= medusa.slice(0, 12)).toBe(true)
    expect(bulkEntityIds("x", 1, now - 1000)[0].slice(0, 12) < ours.slice(0, 12)).toBe(true)
    expect(bulkEntityIds("x", 1, 0)[0]).toMatch(/^x_0000000000/)
    expect(bulkEntityIds("x", 1, 2 ** 48 - 1)[0]).toMatch(/^x_7ZZZZZZZZZ/)
  })

  it("draws 80 random bits per id: 200,000 in one millisecond are distinct and every character is used", () => {
    const ids = bulkEntityIds("cpn", 200_000, 1_700_000_000_000)
    expect(new Set(ids).size).toEqual(ids.length)
    const seen = new Set(ids.map((id) => id.slice("cpn_".length + 10)).join(""))
    expect(seen.size).toEqual(32)
  })
})
