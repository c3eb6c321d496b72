import {
  buildRfmInputs,
  planGroupMembership,
  quintileScores,
  RFM_SEGMENTS,
  rfmGroupName,
  scoreRfm,
  segmentFor,
  type RfmSegment,
} from "../utils/rfm"

const asc = (a: number, b: number) => a - b

describe("quintileScores", () => {
  it("five distinct values get 1..5, ten get two of each", () => {
    expect(quintileScores([30, 10, 50, 20, 40], asc)).toEqual([3, 1, 5, 2, 4])
    expect(quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], asc)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
  })

  it("equal values share a score: the lowest of their tie", () => {
    // 8 of 10 bought once: they beat nobody -> 1; the two others beat 80% -> 5.
    expect(quintileScores([1, 1, 1, 1, 1, 1, 1, 1, 2, 3], asc)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 5, 5])
    expect(quintileScores([7, 7, 7], asc)).toEqual([1, 1, 1])
    // 3 worse of 4 -> 1 + floor(15/4) = 4.
    expect(quintileScores([1, 2, 2, 3], asc)).toEqual([1, 2, 2, 4])
  })

  it("one customer, none", () => {
    expect(quintileScores([42], asc)).toEqual([1])
    expect(quintileScores([], asc)).toEqual([])
  })

  it("the score of a value does not depend on input order", () => {
    const values = [5, 3, 9, 1, 1, 4, 8, 8, 2, 7, 6, 0]
    const scores = quintileScores(values, asc)
    const reversed = quintileScores([...values].reverse(), asc).reverse()
    expect(reversed).toEqual(scores)
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values.length; j++) {
        if (values[i] < values[j]) expect(scores[i]).toBeLessThanOrEqual(scores[j])
        if (values[i] === values[j]) expect(scores[i]).toEqual(scores[j])
      }
    }
  })
})

describe("segmentFor", () => {
  it("covers all 125 score combinations with one of the ten segments, and every segment is reachable", () => {
    const seen = new Set<RfmSegment>()
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++)
        for (let m = 1; m <= 5; m++) {
          const s = segmentFor(r, f, m)
          expect(RFM_SEGMENTS).toContain(s)
          seen.add(s)
        }
    expect([...seen].sort()).toEqual([...RFM_SEGMENTS].sort())
  })

  it("the classic corners", () => {
    expect(segmentFor(5, 5, 5)).toEqual("champions")
    expect(segmentFor(1, 1, 1)).toEqual("lost")
    expect(segmentFor(5, 1, 1)).toEqual("new")
    expect(segmentFor(1, 5, 5)).toEqual("cant_lose")
    expect(segmentFor(2, 4, 3)).toEqual("at_risk")
    expect(segmentFor(4, 1, 1)).toEqual("promising")
    expect(segmentFor(4, 5, 4)).toEqual("loyal")
    expect(segmentFor(3, 3, 3)).toEqual("needs_attention")
    expect(segmentFor(2, 1, 2)).toEqual("hibernating")
    expect(segmentFor(5, 2, 3)).toEqual("potential_loyalist")
  })

  it("FM rounds half up: F 1 and M 2 is FM 2", () => {
    expect(segmentFor(5, 1, 2)).toEqual("potential_loyalist")
    expect(segmentFor(1, 2, 3)).toEqual("at_risk")
  })

  it("refuses scores outside 1..5", () => {
    expect(() => segmentFor(0, 1, 1)).toThrow(/out of range/)
    expect(() => segmentFor(1, 6, 1)).toThrow(/out of range/)
    expect(() => segmentFor(1, 1, 2.5)).toThrow(/out of range/)
  })
})

describe("scoreRfm", () => {
  it("recency: fewer days scores higher; frequency and monetary: more scores higher", () => {
    const scored = scoreRfm([
      { customer_id: "a", recency_days: 1, frequency: 9, monetary: "900.10" },
      { customer_id: "b", recency_days: 10, frequency: 6, monetary: "500" },
      { customer_id: "c", recency_days: 40, frequency: 4, monetary: "250.5" },
      { customer_id: "d", recency_days: 100, frequency: 2, monetary: "90" },
      { customer_id: "e", recency_days: 300, frequency: 1, monetary: "10" },
    ])
    expect(scored.map((s) => [s.customer_id, s.r_score, s.f_score, s.m_score, s.segment])).toEqual([
      ["a", 5, 5, 5, "champions"],
      ["b", 4, 4, 4, "loyal"],
      ["c", 3, 3, 3, "needs_attention"],
      ["d", 2, 2, 2, "hibernating"],
      ["e", 1, 1, 1, "lost"],
    ])
  })

  it("monetary is compared exactly, not as floats", () => {
    const scored = scoreRfm([
      { customer_id: "a", recency_days: 1, frequency: 1, monetary: "10000000000000000.01" },
      { customer_id: "b", recency_days: 1, frequency: 1, monetary: "10000000000000000.02" },
    ])
    expect(scored[0].m_score).toBeLessThan(scored[1].m_score)
    expect(scored[1].monetary).toEqual("10000000000000000.02")
  })

  it("a new customer: one recent small order among older, bigger buyers", () => {
    const scored = scoreRfm([
      { customer_id: "new", recency_days: 0, frequency: 1, monetary: "5" },
      { customer_id: "x", recency_days: 20, frequency: 3, monetary: "300" },
      { customer_id: "y", recency_days: 30, frequency: 4, monetary: "400" },
      { customer_id: "z", recency_days: 50, frequency: 5, monetary: "500" },
      { customer_id: "w", recency_days: 60, frequency: 6, monetary: "600" },
    ])
    expect(scored[0]).toMatchObject({ r_score: 5, f_score: 1, m_score: 1, segment: "new" })
    expect(scored[4]).toMatchObject({ r_score: 1, f_score: 5, m_score: 5, segment: "cant_lose" })
  })
})

describe("buildRfmInputs", () => {
  const now = new Date("2026-06-30T12:00:00Z")

  it("folds currencies into one customer, converting with the rates, latest order and summed orders", () => {
    const { inputs, missing_rate_customers } = buildRfmInputs(
      [
        {
          customer_id: "c1",
          currency_code: "eur",
          last_order_at: "2026-06-20T10:00:00Z",
          orders_count: 2,
          net_total: "100.50",
        },
        {
          customer_id: "c1",
          currency_code: "usd",
          last_order_at: "2026-06-28T10:00:00Z",
          orders_count: 1,
          net_total: "20",
        },
        {
          customer_id: "c2",
          currency_code: "eur",
          last_order_at: "2026-01-01T00:00:00Z",
          orders_count: 1,
          net_total: "0.1",
        },
      ],
      "eur",
      { usd: "0.9" },
      now
    )
    expect(missing_rate_customers).toEqual(0)
    expect(inputs).toEqual([
      // 100.50 + 20 × 0.9 = 118.50; last order 2 days and 2 hours ago -> 2 days.
      { customer_id: "c1", recency_days: 2, frequency: 3, monetary: "118.5" },
      { customer_id: "c2", recency_days: 180, frequency: 1, monetary: "0.1" },
    ])
  })

  it("leaves out amounts without a rate and counts the customers affected; skips customers with no order", () => {
    const out = buildRfmInputs(
      [
        {
          customer_id: "c1",
          currency_code: "EUR",
          last_order_at: "2026-06-29T12:00:00Z",
          orders_count: 1,
          net_total: "10",
        },
        {
          customer_id: "c1",
          currency_code: "dkk",
          last_order_at: "2026-06-30T11:00:00Z",
          orders_count: 1,
          net_total: "75",
        },
        {
          customer_id: "c3",
          currency_code: "eur",
          last_order_at: "2026-06-01T00:00:00Z",
          orders_count: 0,
          net_total: "0",
        },
      ],
      "eur",
      {},
      now
    )
    expect(out.inputs).toEqual([{ customer_id: "c1", recency_days: 0, frequency: 2, monetary: "10" }])
    expect(out.missing_rate_customers).toEqual(1)
    expect(out.missing_rate_currencies).toEqual(["dkk"])
  })
})

describe("planGroupMembership", () => {
  const groupOf = Object.fromEntries(RFM_SEGMENTS.map((s) => [s, `grp_${s}`])) as Record<RfmSegment, string>

  it("adds the missing, removes who left, keeps who stayed", () => {
    const plan = planGroupMembership(
      [
        { customer_id: "a", segment: "champions" },
        { customer_id: "b", segment: "champions" },
        { customer_id: "c", segment: "lost" },
      ],
      groupOf,
      { grp_champions: ["a", "c"], grp_lost: [], grp_at_risk: ["d"] }
    )
    expect(plan.add).toEqual([
      { customer_group_id: "grp_champions", customer_id: "b" },
      { customer_group_id: "grp_lost", customer_id: "c" },
    ])
    expect(plan.remove).toEqual([
      { customer_group_id: "grp_champions", customer_id: "c" },
      { customer_group_id: "grp_at_risk", customer_id: "d" },
    ])
  })

  it("nothing to do when membership already matches", () => {
    const plan = planGroupMembership([{ customer_id: "a", segment: "new" }], groupOf, { grp_new: ["a"] })
    expect(plan).toEqual({ add: [], remove: [] })
  })

  it("group names", () => {
    expect(rfmGroupName("champions")).toEqual("RFM: Champions")
    expect(rfmGroupName("cant_lose")).toEqual("RFM: Can't lose")
  })
})
