import {
  addDays,
  dayInTimeZone,
  daysBetween,
  isDay,
  isTimeZone,
  nextPeriod,
  periodStart,
  periodStarts,
  previousRange,
  spanDays,
  zeroFill,
} from "../utils/periods"

describe("calendar days", () => {
  it("accepts only real YYYY-MM-DD days", () => {
    expect(isDay("2026-02-28")).toBe(true)
    expect(isDay("2024-02-29")).toBe(true)
    expect(isDay("2026-02-29")).toBe(false)
    expect(isDay("2026-13-01")).toBe(false)
    expect(isDay("2026-1-01")).toBe(false)
    expect(isDay("2026-01-01T00:00:00Z")).toBe(false)
    expect(isDay("yesterday")).toBe(false)
  })

  it("adds days across month, year and DST boundaries", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01")
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01")
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30") // EU DST starts on 2026-03-29
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28")
  })

  it("counts inclusive spans", () => {
    expect(spanDays("2026-01-01", "2026-01-01")).toBe(1)
    expect(spanDays("2026-01-01", "2026-12-31")).toBe(365)
    expect(spanDays("2024-01-01", "2024-12-31")).toBe(366)
    expect(daysBetween("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"])
  })
})

describe("period bucketing", () => {
  it("starts ISO weeks on Monday", () => {
    // 2026-11-01 is a Sunday: it belongs to the week starting Monday 2026-10-26.
    expect(periodStart("2026-11-01", "week")).toBe("2026-10-26")
    expect(periodStart("2026-11-02", "week")).toBe("2026-11-02")
    expect(periodStart("2026-11-08", "week")).toBe("2026-11-02")
    // A week spanning the new year starts in December.
    expect(periodStart("2027-01-01", "week")).toBe("2026-12-28")
  })

  it("buckets months and days", () => {
    expect(periodStart("2026-02-17", "month")).toBe("2026-02-01")
    expect(periodStart("2026-02-17", "day")).toBe("2026-02-17")
    expect(nextPeriod("2026-12-01", "month")).toBe("2027-01-01")
    expect(nextPeriod("2026-09-01", "month")).toBe("2026-10-01")
  })

  it("lists the period starts covering a range, the first possibly before it", () => {
    expect(periodStarts("2026-11-04", "2026-11-20", "week")).toEqual(["2026-11-02", "2026-11-09", "2026-11-16"])
    expect(periodStarts("2026-01-15", "2026-03-01", "month")).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"])
    expect(periodStarts("2026-01-01", "2026-12-31", "day")).toHaveLength(365)
  })

  it("zero-fills periods without data, in order", () => {
    const data = new Map([["2026-11-09", { orders: 3 }]])
    expect(zeroFill(["2026-11-02", "2026-11-09", "2026-11-16"], data, () => ({ orders: 0 }))).toEqual([
      { period: "2026-11-02", orders: 0 },
      { period: "2026-11-09", orders: 3 },
      { period: "2026-11-16", orders: 0 },
    ])
  })
})

describe("comparison ranges", () => {
  it("is the same number of days right before the range", () => {
    expect(previousRange("2026-11-01", "2026-11-30")).toEqual({ from: "2026-10-02", to: "2026-10-31" })
    expect(previousRange("2026-03-01", "2026-03-01")).toEqual({ from: "2026-02-28", to: "2026-02-28" })
    const p = previousRange("2026-01-01", "2026-12-31")
    expect(p).toEqual({ from: "2025-01-01", to: "2025-12-31" })
    expect(spanDays(p.from, p.to)).toBe(365)
  })
})

describe("time-zone day mapping", () => {
  it("maps an instant to its calendar day in the zone", () => {
    const late = new Date("2026-11-01T23:30:00Z")
    expect(dayInTimeZone(late, "UTC")).toBe("2026-11-01")
    expect(dayInTimeZone(late, "Europe/Berlin")).toBe("2026-11-02") // UTC+1 in November
    expect(dayInTimeZone(late, "America/New_York")).toBe("2026-11-01")
    expect(dayInTimeZone(new Date("2026-11-02T03:00:00Z"), "America/Los_Angeles")).toBe("2026-11-01")
  })

  it("follows DST: the same UTC hour is a different day in summer and winter", () => {
    // Berlin is UTC+2 in July: 22:30 UTC is already the next day; UTC+1 in January: still the same day.
    expect(dayInTimeZone("2026-07-10T22:30:00Z", "Europe/Berlin")).toBe("2026-07-11")
    expect(dayInTimeZone("2026-01-10T22:30:00Z", "Europe/Berlin")).toBe("2026-01-10")
  })

  it("knows IANA zones", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true)
    expect(isTimeZone("UTC")).toBe(true)
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false)
  })
})
