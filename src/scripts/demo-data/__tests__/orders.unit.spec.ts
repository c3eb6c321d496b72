import { chooseOrderState, type DemoOrderState } from "../orders"
import { createRandom } from "../random"

describe("chooseOrderState", () => {
  const sample = (ageDays: number, n = 2000) => {
    const random = createRandom(42)
    const counts: Partial<Record<DemoOrderState, number>> = {}
    for (let i = 0; i < n; i++) {
      const state = chooseOrderState(random, ageDays)
      counts[state] = (counts[state] ?? 0) + 1
    }
    return counts
  }

  it("leaves old orders completed, canceled or refunded, never pending", () => {
    const counts = sample(60)
    expect(Object.keys(counts).sort()).toEqual(["canceled", "completed", "partially_refunded", "refunded"])
    expect(counts.completed! / 2000).toBeGreaterThan(0.7)
  })

  it("keeps recent orders pending or captured, never completed", () => {
    const counts = sample(1)
    expect(counts.completed).toBeUndefined()
    expect(counts.pending).toBeGreaterThan(0)
    expect(counts.captured).toBeGreaterThan(0)
  })

  it("cancels about one order in ten", () => {
    const share = sample(30).canceled! / 2000
    expect(share).toBeGreaterThan(0.07)
    expect(share).toBeLessThan(0.13)
  })
})

describe("createRandom", () => {
  it("keeps int() within its bounds and covers them", () => {
    const random = createRandom(1)
    const seen = new Set<number>()
    for (let i = 0; i < 500; i++) {
      const value = random.int(3, 6)
      expect(value).toBeGreaterThanOrEqual(3)
      expect(value).toBeLessThanOrEqual(6)
      seen.add(value)
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6])
  })
})
