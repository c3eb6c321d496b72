import { change, digestIdempotencyKey, digestMessage, isoWeek, previousWeek } from "../utils/digest"

describe("isoWeek / previousWeek", () => {
  it("ISO weeks start on Monday; the ISO year is the Thursday's", () => {
    expect(isoWeek("2026-11-30")).toEqual("2026-W49") // a Monday
    expect(isoWeek("2026-12-06")).toEqual("2026-W49") // its Sunday
    expect(isoWeek("2026-01-01")).toEqual("2026-W01") // a Thursday
    expect(isoWeek("2027-01-01")).toEqual("2026-W53") // a Friday: still 2026's last week
    expect(isoWeek("2024-12-30")).toEqual("2025-W01") // a Monday in 2025's first week
  })

  it("the digest covers the last complete week, whatever the weekday it runs on", () => {
    const expected = { from: "2026-11-23", to: "2026-11-29", week: "2026-W48" }
    expect(previousWeek("2026-11-30")).toEqual(expected) // Monday
    expect(previousWeek("2026-12-03")).toEqual(expected) // Thursday
    expect(previousWeek("2026-12-06")).toEqual(expected) // Sunday
    expect(previousWeek("2026-12-07").week).toEqual("2026-W49")
    expect(digestIdempotencyKey("2026-W48")).toEqual("analytics-weekly-digest:2026-W48")
  })
})

describe("digestMessage", () => {
  it("one line per currency, change against the previous week, top sellers", () => {
    const { title, description } = digestMessage(
      { from: "2026-11-23", to: "2026-11-29", week: "2026-W48" },
      [
        {
          currency_code: "eur",
          net_sales: "1125",
          previous_net_sales: "1000",
          orders: 9,
          average_order_value: "125.00",
          new_customers: 4,
        },
        {
          currency_code: "usd",
          net_sales: "20",
          previous_net_sales: "0",
          orders: 1,
          average_order_value: "20.00",
          new_customers: 1,
        },
      ],
      ["Shirt", "Cap"]
    )
    expect(title).toEqual("Weekly digest 2026-W48 (2026-11-23 – 2026-11-29)")
    expect(description).toEqual(
      "EUR: net sales €1,125.00 (+12.5% vs the week before), 9 orders, AOV €125.00, 4 new customers; " +
        "USD: net sales $20.00, 1 order, AOV $20.00, 1 new customer. Top sellers: Shirt, Cap."
    )
  })

  it("a quiet week", () => {
    expect(digestMessage({ from: "a", to: "b", week: "w" }, []).description).toEqual("No orders last week.")
  })

  it("change is computed exactly and says when there is nothing to compare", () => {
    expect(change("90", "100")).toEqual("−10%")
    expect(change("100", "100")).toEqual("±0%")
    expect(change("0.3", "0.1")).toEqual("+200%")
    expect(change("5", null)).toBeNull()
    expect(change("5", "0")).toBeNull()
  })
})
