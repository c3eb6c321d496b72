import { computeVariance } from "../utils/variance"

const line = (over: Record<string, unknown>) => ({
  id: "stkl",
  inventory_item_id: "iitem",
  sku: "SKU",
  expected_quantity: 10,
  counted_quantity: null as number | null,
  unit_cost: null as unknown,
  currency_code: null as string | null,
  ...over,
})

describe("computeVariance", () => {
  it("computes units and values per line and per currency, without float drift", () => {
    const report = computeVariance([
      line({ id: "a", expected_quantity: 10, counted_quantity: 13, unit_cost: 0.1, currency_code: "EUR" }),
      line({
        id: "b",
        expected_quantity: 10,
        counted_quantity: 7,
        unit_cost: 0.2,
        raw_unit_cost: { value: "0.2", precision: 20 },
        currency_code: "eur",
      }),
      line({ id: "c", expected_quantity: 5, counted_quantity: 5, unit_cost: 3, currency_code: "usd" }),
      line({ id: "d", expected_quantity: 2, counted_quantity: 0, unit_cost: "12.5", currency_code: "usd" }),
      line({ id: "e", expected_quantity: 4, counted_quantity: 6 }),
      line({ id: "f", expected_quantity: 8, counted_quantity: null }),
    ])
    expect(report.lines.map((l) => [l.id, l.variance_quantity, l.variance_value])).toEqual([
      ["a", 3, 0.3],
      ["b", -3, -0.6],
      ["c", 0, 0],
      ["d", -2, -25],
      ["e", 2, null],
    ])
    expect(report.uncounted).toEqual([
      { id: "f", inventory_item_id: "iitem", sku: "SKU", title: null, expected_quantity: 8 },
    ])
    expect(report.totals).toEqual({
      line_count: 6,
      counted_count: 5,
      uncounted_count: 1,
      lines_with_variance: 4,
      unvalued_count: 1,
      expected_quantity: 31,
      counted_quantity: 31,
      variance_quantity: 0,
      surplus_quantity: 5,
      shortage_quantity: 5,
      by_currency: [
        { currency_code: "eur", variance_value: -0.3, surplus_value: 0.3, shortage_value: 0.6, lines: 2 },
        { currency_code: "usd", variance_value: -25, surplus_value: 0, shortage_value: 25, lines: 2 },
      ],
    })
  })

  it("handles an empty or uncounted stocktake", () => {
    expect(computeVariance([]).totals).toMatchObject({ line_count: 0, variance_quantity: 0, by_currency: [] })
    const report = computeVariance([line({})])
    expect(report.lines).toEqual([])
    expect(report.totals).toMatchObject({ counted_count: 0, uncounted_count: 1 })
  })
})
