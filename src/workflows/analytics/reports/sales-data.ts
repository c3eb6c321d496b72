import { ANALYTICS_REPORT_MODULE } from "../../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../../modules/analytics-report/service"
import type { ReportContext } from "../../../modules/analytics-report/types"
import { periodStart } from "../../../modules/analytics-report/utils/periods"
import { convertDaily } from "./convert"
import { addInto, factFilter } from "./helpers"

export const SALES_MONEY_KEYS = [
  "gross_sales",
  "discounts",
  "refunds",
  "canceled_refunds",
  "net_sales",
  "tax",
  "shipping",
  "total",
  "captured",
] as const
export const SALES_COUNT_KEYS = [
  "orders",
  "canceled_orders",
  "captured_orders",
  "units",
  "returned_units",
  "new_customers",
] as const

export type SalesAgg = Record<string, string | number>

export type SalesData = {
  /** currency -> totals of the range */
  totals: Map<string, SalesAgg>
  /** currency -> period start -> sums (only for the main range) */
  series: Map<string, Map<string, SalesAgg>>
  notes: string[]
}

export const zeroSales = (): SalesAgg => {
  const out: SalesAgg = {}
  for (const k of SALES_MONEY_KEYS) out[k] = "0"
  for (const k of SALES_COUNT_KEYS) out[k] = 0
  return out
}

/**
 * The daily sales rollup of the range (or the compare range), per currency:
 * totals and, for the main range, sums per period. Without conversion the
 * database does the bucketing; with `convert_to` the days are converted
 * first and bucketed here.
 */
export async function loadSales(ctx: ReportContext, which: "range" | "previous"): Promise<SalesData> {
  const service: AnalyticsReportModuleService = ctx.container.resolve(ANALYTICS_REPORT_MODULE)
  const filter = factFilter(ctx, which)
  const granularity = ctx.range.granularity
  const totals = new Map<string, SalesAgg>()
  const series = new Map<string, Map<string, SalesAgg>>()

  if (!ctx.query.convert_to) {
    const [periodRows, totalRows] = await Promise.all([
      which === "range" ? service.salesRollup(filter, granularity) : Promise.resolve([]),
      service.salesRollup(filter, null),
    ])
    // The database already summed exactly: take its decimal strings as they are.
    for (const row of totalRows) totals.set(row.currency_code, row as unknown as SalesAgg)
    for (const row of periodRows) {
      const m = series.get(row.currency_code) ?? new Map<string, SalesAgg>()
      m.set(row.period!, row as unknown as SalesAgg)
      series.set(row.currency_code, m)
    }
    return { totals, series, notes: [] }
  }

  const daily = (await service.salesRollup(filter, "day")).map((r) => ({ ...r, day: r.period! }))
  const { rows, notes } = await convertDaily(ctx, daily, [...SALES_MONEY_KEYS])
  for (const row of rows) {
    const t = totals.get(row.currency_code) ?? zeroSales()
    totals.set(row.currency_code, addInto(t, row, SALES_MONEY_KEYS, SALES_COUNT_KEYS) as SalesAgg)
    if (which === "range") {
      const m = series.get(row.currency_code) ?? new Map<string, SalesAgg>()
      const p = periodStart(row.day, granularity)
      m.set(p, addInto(m.get(p) ?? zeroSales(), row, SALES_MONEY_KEYS, SALES_COUNT_KEYS) as SalesAgg)
      series.set(row.currency_code, m)
    }
  }
  return { totals, series, notes }
}
