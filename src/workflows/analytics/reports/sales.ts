import type { ReportColumn, ReportDefinition, ReportGroup, ReportRecord } from "../../../modules/analytics-report/types"
import { zeroFill } from "../../../modules/analytics-report/utils/periods"
import { divide2, groupCurrencies, money } from "./helpers"
import { loadSales, zeroSales, type SalesAgg } from "./sales-data"

const COLUMNS: ReportColumn[] = [
  { key: "gross_sales", label: "Gross sales", type: "money" },
  { key: "discounts", label: "Discounts", type: "money" },
  { key: "refunds", label: "Refunds", type: "money" },
  { key: "net_sales", label: "Net sales", type: "money" },
  { key: "tax", label: "Tax", type: "money" },
  { key: "shipping", label: "Shipping", type: "money" },
  { key: "orders", label: "Orders", type: "count" },
  { key: "canceled_orders", label: "Canceled orders", type: "count" },
  { key: "units", label: "Units", type: "count" },
  { key: "average_order_value", label: "Average order value", type: "money" },
]

/** The report's figures from the rollup sums (see docs/ANALYTICS.md for the definitions). */
function figures(s: SalesAgg): ReportRecord {
  return {
    gross_sales: money(s.gross_sales as string),
    discounts: money(s.discounts as string),
    refunds: money(s.refunds as string),
    net_sales: money(s.net_sales as string),
    tax: money(s.tax as string),
    shipping: money(s.shipping as string),
    orders: Number(s.orders),
    canceled_orders: Number(s.canceled_orders),
    units: Number(s.units),
    average_order_value: divide2(s.net_sales as string, s.orders as number),
  }
}

/**
 * Sales: gross (item subtotals), discounts, refunds (on the refund's day,
 * not for canceled orders), net = gross − discounts − refunds, tax, shipping,
 * orders, canceled orders, units and average order value (net ÷ orders), per
 * currency. Reads only the daily sales rollup.
 */
export const salesReport: ReportDefinition = {
  name: "sales",
  parts: ["series"],
  build: async (ctx) => {
    const [current, previous] = await Promise.all([
      loadSales(ctx, "range"),
      ctx.compare_range ? loadSales(ctx, "previous") : Promise.resolve(null),
    ])
    const currencies = groupCurrencies(ctx, current.totals.keys(), previous?.totals.keys() ?? [])
    const groups: ReportGroup[] = currencies.map((code) => ({
      currency_code: code,
      totals: figures(current.totals.get(code) ?? zeroSales()),
      previous: previous ? figures(previous.totals.get(code) ?? zeroSales()) : null,
      series: zeroFill(
        ctx.periods,
        new Map([...(current.series.get(code) ?? new Map<string, SalesAgg>())].map(([p, s]) => [p, figures(s)])),
        () => figures(zeroSales())
      ),
      rows: [],
    }))
    return { columns: COLUMNS, groups, notes: [...current.notes, ...(previous?.notes ?? [])].filter(unique) }
  },
}

function unique(v: string, i: number, all: string[]) {
  return all.indexOf(v) === i
}
