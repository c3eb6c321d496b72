import { csvField, csvLine, reportCsv } from "../utils/csv"
import type { ReportEnvelope } from "../types"

describe("CSV escaping", () => {
  it("leaves plain values alone", () => {
    expect(csvField("eur")).toBe("eur")
    expect(csvField(12)).toBe("12")
    expect(csvField("12.5")).toBe("12.5")
    expect(csvField(null)).toBe("")
    expect(csvField(undefined)).toBe("")
    expect(csvField(true)).toBe("true")
  })

  it("quotes commas, quotes and line breaks", () => {
    expect(csvField("a,b")).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField("two\nlines")).toBe('"two\nlines"')
    expect(csvField("cr\rhere")).toBe('"cr\rhere"')
  })

  it("defuses spreadsheet formulas but keeps negative numbers", () => {
    expect(csvField("=SUM(A1:A9)")).toBe("'=SUM(A1:A9)")
    expect(csvField("+1-2")).toBe("'+1-2")
    expect(csvField("@cmd")).toBe("'@cmd")
    expect(csvField("-12.5")).toBe("-12.5")
    expect(csvField(-3)).toBe("-3")
    expect(csvField("=a,b")).toBe(`"'=a,b"`)
  })

  it("writes lines", () => {
    expect(csvLine(["eur", "2026-01-01", "1,5", 3])).toBe('eur,2026-01-01,"1,5",3\n')
  })
})

describe("report CSV", () => {
  const envelope: ReportEnvelope = {
    report: "sales",
    range: { from: "2026-01-01", to: "2026-01-02", granularity: "day", time_zone: "UTC" },
    compare_range: null,
    columns: [
      { key: "gross_sales", label: "Gross", type: "money" },
      { key: "orders", label: "Orders", type: "count" },
      { key: "title", label: "Title", type: "text" },
    ],
    groups: [
      {
        currency_code: "eur",
        totals: {},
        previous: null,
        series: [
          { period: "2026-01-01", gross_sales: "10", orders: 1 },
          { period: "2026-01-02", gross_sales: "0", orders: 0 },
        ],
        rows: [{ title: "Mug, large", orders: 2 }],
      },
      {
        currency_code: "usd",
        totals: {},
        previous: null,
        series: [{ period: "2026-01-01", gross_sales: "5", orders: 1 }],
        rows: [],
      },
    ],
    notes: [],
  }

  it("writes the series with currency and period columns", () => {
    const { header, lines } = reportCsv(envelope, "series")
    expect(header).toEqual(["currency_code", "period", "gross_sales", "orders"])
    expect(lines).toEqual([
      ["eur", "2026-01-01", "10", 1],
      ["eur", "2026-01-02", "0", 0],
      ["usd", "2026-01-01", "5", 1],
    ])
  })

  it("writes the rows with the keys they have, in column order", () => {
    const { header, lines } = reportCsv(envelope, "rows")
    expect(header).toEqual(["currency_code", "orders", "title"])
    expect(lines.map(csvLine).join("")).toBe('eur,2,"Mug, large"\n')
  })
})
