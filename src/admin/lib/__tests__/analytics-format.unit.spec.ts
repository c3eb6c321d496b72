import {
  addDays,
  alignSeries,
  changeTone,
  columnsIn,
  compareDecimal,
  computeChange,
  daysBetween,
  filenameFromDisposition,
  formatChange,
  formatMonth,
  formatValue,
  isIsoDate,
  parseDecimal,
  presetRange,
  sortRows,
  todayIn,
} from "../analytics-format"
import type { ReportColumn, ReportEnvelope } from "../analytics-types"

/** A small envelope as the report route returns it (the contract's shape), for the helpers. */
const fixture: ReportEnvelope = {
  report: "products",
  range: { from: "2026-03-01", to: "2026-03-03", granularity: "day", time_zone: "UTC" },
  compare_range: { from: "2026-02-26", to: "2026-02-28" },
  columns: [
    { key: "product_id", label: "Product", type: "text" },
    { key: "title", label: "Title", type: "text" },
    { key: "units", label: "Units", type: "count" },
    { key: "revenue", label: "Revenue", type: "money" },
    { key: "return_rate", label: "Return rate", type: "ratio" },
    { key: "net_sales", label: "Net sales", type: "money" },
  ],
  groups: [
    {
      currency_code: "eur",
      totals: { net_sales: "1234.50" },
      previous: { net_sales: "1000" },
      series: [
        { period: "2026-03-01", net_sales: "10.10" },
        { period: "2026-03-02", net_sales: "0" },
        { period: "2026-03-03", net_sales: "5" },
      ],
      rows: [
        { product_id: "prod_a", title: "Shirt", units: 3, revenue: "9.90", return_rate: 0 },
        { product_id: "prod_b", title: "Mug", units: 12, revenue: "100.00", return_rate: 0.25 },
        { product_id: "prod_c", title: "Cap", units: 1, revenue: "99.99", return_rate: null },
      ],
    },
  ],
  notes: [],
}

describe("analytics dates", () => {
  it("validates calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true)
    expect(isIsoDate("2023-02-29")).toBe(false)
    expect(isIsoDate("2026-13-01")).toBe(false)
    expect(isIsoDate("2026-1-01")).toBe(false)
    expect(isIsoDate(null)).toBe(false)
  })

  it("adds days across month and year ends, counting both ends", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28")
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29")
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01")
    expect(daysBetween("2026-01-01", "2026-01-01")).toBe(1)
    expect(daysBetween("2026-01-01", "2026-12-31")).toBe(365)
  })

  it("gives each preset's inclusive range", () => {
    const today = "2026-03-15"
    expect(presetRange("last_7_days", today)).toEqual({ from: "2026-03-09", to: today })
    expect(presetRange("last_30_days", today)).toEqual({ from: "2026-02-14", to: today })
    expect(presetRange("last_90_days", today)).toEqual({ from: "2025-12-16", to: today })
    expect(presetRange("this_month", today)).toEqual({ from: "2026-03-01", to: today })
    expect(presetRange("last_month", today)).toEqual({ from: "2026-02-01", to: "2026-02-28" })
    expect(presetRange("last_month", "2026-01-10")).toEqual({ from: "2025-12-01", to: "2025-12-31" })
    expect(presetRange("this_year", today)).toEqual({ from: "2026-01-01", to: today })
    for (const preset of ["last_7_days", "last_30_days", "last_90_days"] as const) {
      const { from, to } = presetRange(preset, today)
      expect(daysBetween(from, to)).toBe(Number(preset.split("_")[1]))
    }
  })

  it("takes today in the store's time zone", () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Berlin and still 31 Dec in New York.
    const now = new Date(Date.UTC(2026, 11, 31, 23, 30))
    expect(todayIn("UTC", now)).toBe("2026-12-31")
    expect(todayIn("Europe/Berlin", now)).toBe("2027-01-01")
    expect(todayIn("America/New_York", now)).toBe("2026-12-31")
  })
})

describe("analytics decimals", () => {
  it("parses decimal strings and numbers exactly", () => {
    expect(parseDecimal("1234.50")).toEqual({ units: 123450n, scale: 2 })
    expect(parseDecimal("-0.1")).toEqual({ units: -1n, scale: 1 })
    expect(parseDecimal(12)).toEqual({ units: 12n, scale: 0 })
    expect(parseDecimal(0.25)).toEqual({ units: 25n, scale: 2 })
    expect(parseDecimal(null)).toBeNull()
    expect(parseDecimal("abc")).toBeNull()
  })

  it("compares amounts beyond float precision", () => {
    // As floats these two are equal (2^53 + 1 rounds to 2^53).
    expect(Number("9007199254740993.00")).toBe(Number("9007199254740992"))
    expect(compareDecimal("9007199254740993.00", "9007199254740992")).toBe(1)
    expect(compareDecimal("0.30", "0.3")).toBe(0)
    expect(compareDecimal("9.90", "10")).toBe(-1)
    expect(compareDecimal(null, "0")).toBe(-1)
  })

  it("computes the change on the previous period, n/a when it was zero or missing", () => {
    expect(computeChange("1234.50", "1000")).toEqual({ direction: "up", ratio: 0.2345 })
    expect(computeChange("75", "100.00")).toEqual({ direction: "down", ratio: -0.25 })
    expect(computeChange(10, 10)).toEqual({ direction: "flat", ratio: 0 })
    expect(computeChange("5", "0")).toEqual({ direction: "up", ratio: null })
    expect(computeChange("5", null)).toEqual({ direction: "flat", ratio: null })
    expect(computeChange(null, "5")).toBeNull()
    // A negative previous figure (net sales after refunds): rising from -50 to 50 is +200%.
    expect(computeChange("50", "-50")).toEqual({ direction: "up", ratio: 2 })
  })

  it("formats and colours a change", () => {
    const up = computeChange("110", "100")
    expect(formatChange(up)).toMatch(/^\+10(\.0)?\s?%$/)
    expect(formatChange(computeChange("90", "100"))).toMatch(/^−10(\.0)?\s?%$/)
    expect(formatChange(computeChange("5", "0"))).toBe("n/a")
    expect(changeTone(up)).toBe("positive")
    expect(changeTone(up, true)).toBe("negative")
    expect(changeTone(computeChange("1", "1"))).toBe("neutral")
  })
})

describe("analytics values and rows", () => {
  const columns = fixture.columns
  const group = fixture.groups[0]
  const col = (key: string) => columns.find((c) => c.key === key) as ReportColumn

  it("formats by column type, money in its currency", () => {
    const euros = new Intl.NumberFormat(undefined, { style: "currency", currency: "EUR" }).format(1234.5)
    expect(formatValue("1234.50", "money", "eur")).toBe(euros)
    expect(formatValue(0.25, "ratio")).toBe(new Intl.NumberFormat(undefined, { style: "percent" }).format(0.25))
    expect(formatValue(1, "days")).toBe("1 day")
    expect(formatValue(null, "money", "eur")).toBe("—")
    expect(formatValue("Mug", "text")).toBe("Mug")
    const march = new Intl.DateTimeFormat(undefined, { month: "short", year: "numeric", timeZone: "UTC" })
    expect(formatValue("2026-03", "date")).toBe(march.format(new Date(Date.UTC(2026, 2, 1))))
    expect(formatValue(true, "text")).toBe("Yes")
    expect(formatMonth("2026-03-01")).toBe(march.format(new Date(Date.UTC(2026, 2, 1))))
    expect(formatMonth("2026-03-15")).toBe(formatValue("2026-03-15", "date"))
  })

  it("picks the columns present in the records", () => {
    expect(columnsIn(columns, group.rows).map((c) => c.key)).toEqual([
      "product_id",
      "title",
      "units",
      "revenue",
      "return_rate",
    ])
    expect(columnsIn(columns, [group.totals]).map((c) => c.key)).toEqual(["net_sales"])
  })

  it("sorts rows by the column's type, empty values last", () => {
    const byRevenue = sortRows(group.rows, col("revenue"), true).map((r) => r.title)
    // As text "9.90" would sort above "100.00"; as money it is the smallest.
    expect(byRevenue).toEqual(["Mug", "Cap", "Shirt"])
    expect(sortRows(group.rows, col("revenue"), false).map((r) => r.title)).toEqual(["Shirt", "Cap", "Mug"])
    expect(sortRows(group.rows, col("title"), false).map((r) => r.title)).toEqual(["Cap", "Mug", "Shirt"])
    expect(sortRows(group.rows, col("return_rate"), true).map((r) => r.title)).toEqual(["Mug", "Shirt", "Cap"])
    expect(sortRows(group.rows, col("return_rate"), false).map((r) => r.title)).toEqual(["Shirt", "Mug", "Cap"])
  })

  it("aligns the previous period's series by position", () => {
    const previous = [
      { period: "2026-02-26", net_sales: "1" },
      { period: "2026-02-27", net_sales: "2.5" },
    ]
    const points = alignSeries(group.series, previous, "net_sales", "day")
    expect(points.map((p) => [p.period, p.current, p.previous, p.previous_period])).toEqual([
      ["2026-03-01", 10.1, 1, "2026-02-26"],
      ["2026-03-02", 0, 2.5, "2026-02-27"],
      ["2026-03-03", 5, null, null],
    ])
  })

  it("reads the file name from Content-Disposition", () => {
    expect(filenameFromDisposition('attachment; filename="sales-2026-01-01-2026-01-31.csv"', "x.csv")).toBe(
      "sales-2026-01-01-2026-01-31.csv"
    )
    expect(filenameFromDisposition("attachment; filename=products.csv", "x.csv")).toBe("products.csv")
    expect(filenameFromDisposition("attachment; filename*=UTF-8''caf%C3%A9.csv", "x.csv")).toBe("café.csv")
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"', "x.csv")).toBe(".._.._etc_passwd")
    expect(filenameFromDisposition(null, "x.csv")).toBe("x.csv")
    expect(filenameFromDisposition("attachment", "x.csv")).toBe("x.csv")
  })
})
