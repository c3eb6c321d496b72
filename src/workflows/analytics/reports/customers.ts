import { ANALYTICS_REPORT_MODULE } from "../../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../../modules/analytics-report/service"
import type {
  ReportColumn,
  ReportContext,
  ReportDefinition,
  ReportGroup,
  ReportRecord,
} from "../../../modules/analytics-report/types"
import { zeroFill } from "../../../modules/analytics-report/utils/periods"
import { RFM_SEGMENTS } from "../../../modules/analytics-report/utils/rfm"
import { divide2, factFilter, money, ratio } from "./helpers"

const COLUMNS: ReportColumn[] = [
  { key: "new_customers", label: "New customers", type: "count" },
  { key: "returning_customers", label: "Returning customers", type: "count" },
  { key: "customers", label: "Customers", type: "count" },
  { key: "customer_lifetime_value", label: "Customer lifetime value", type: "money" },
  { key: "segment", label: "Segment", type: "text" },
  { key: "share", label: "Share", type: "ratio" },
  { key: "monetary", label: "Monetary value", type: "money" },
]

type Totals = {
  new_customers: number
  returning_customers: number
  customers: number
  customer_lifetime_value: string | null
}

async function totalsOf(service: AnalyticsReportModuleService, ctx: ReportContext, which: "range" | "previous") {
  const filter = factFilter(ctx, which)
  const [counts, values] = await Promise.all([
    service.customersNewReturning(filter, null, ctx.settings.time_zone),
    service.customerLifetimeValues(filter),
  ])
  const out = new Map<string, Totals>()
  const get = (code: string) => {
    let t = out.get(code)
    if (!t) {
      t = { new_customers: 0, returning_customers: 0, customers: 0, customer_lifetime_value: null }
      out.set(code, t)
    }
    return t
  }
  for (const c of counts) {
    const t = get(c.currency_code)
    t.new_customers = c.new_customers
    t.returning_customers = c.returning_customers
  }
  for (const v of values) {
    const t = get(v.currency_code)
    t.customers = v.customers
    t.customer_lifetime_value = divide2(v.lifetime_total, v.customers)
  }
  return out
}

const emptyTotals = (): Totals => ({
  new_customers: 0,
  returning_customers: 0,
  customers: 0,
  customer_lifetime_value: null,
})

/**
 * Customers report, one group per currency of the orders:
 * - customers: distinct customers with a non-canceled order in the period;
 *   new_customers: those whose first non-canceled order (any currency) is in
 *   the period; returning_customers: those who had ordered before it. In a
 *   series, each period is judged on its own (a customer new in week 1 who
 *   orders again in week 2 is returning in week 2).
 * - customer_lifetime_value: average lifetime net total (every non-canceled
 *   order in the group's currency, minus refunds) of the period's customers.
 * - rows: the RFM segments of the latest recompute (snapshot: the range and
 *   filters do not apply), in the group of their monetary currency.
 */
export const customersReport: ReportDefinition = {
  name: "customers",
  parts: ["series", "rows"],
  build: async (ctx) => {
    const service: AnalyticsReportModuleService = ctx.container.resolve(ANALYTICS_REPORT_MODULE)
    const notes: string[] = []
    const [totals, previous, seriesRows, segments] = await Promise.all([
      totalsOf(service, ctx, "range"),
      ctx.compare_range ? totalsOf(service, ctx, "previous") : Promise.resolve(null),
      service.customersNewReturning(factFilter(ctx), ctx.range.granularity, ctx.settings.time_zone),
      service.segmentSummary(),
    ])

    const segmentCurrency = segments[0]?.monetary_currency_code ?? null
    const showSegments =
      segmentCurrency !== null && (!ctx.query.currency_code || ctx.query.currency_code === segmentCurrency)
    const currencies = new Set<string>([...totals.keys(), ...seriesRows.map((r) => r.currency_code)])
    previous?.forEach((_, code) => currencies.add(code))
    if (showSegments) currencies.add(segmentCurrency!)

    const totalScored = segments.reduce((sum, s) => sum + s.customers, 0)
    const segmentRows: ReportRecord[] = RFM_SEGMENTS.map((segment) => {
      const s = segments.find((x) => x.segment === segment)
      return {
        segment,
        customers: s?.customers ?? 0,
        share: ratio(s?.customers ?? 0, totalScored),
        monetary: money(s?.monetary ?? "0"),
      }
    })

    const groups: ReportGroup[] = [...currencies].sort().map((code) => {
      const byPeriod = new Map<string, ReportRecord>()
      for (const r of seriesRows.filter((r) => r.currency_code === code)) {
        byPeriod.set(r.period, { new_customers: r.new_customers, returning_customers: r.returning_customers })
      }
      return {
        currency_code: code,
        totals: { ...(totals.get(code) ?? emptyTotals()) },
        previous: previous ? { ...(previous.get(code) ?? emptyTotals()) } : null,
        series: zeroFill(ctx.periods, byPeriod, () => ({ new_customers: 0, returning_customers: 0 })),
        rows: showSegments && code === segmentCurrency ? segmentRows : [],
      }
    })

    notes.push(
      "Customer lifetime value: the average lifetime net total (non-canceled orders minus refunds, in the group's currency) of the customers who ordered in the period."
    )
    if (!segments.length) {
      notes.push(
        "No RFM segments yet: they are recomputed nightly, or now with POST /admin/analytics/segments/recompute."
      )
    } else {
      const computedAt = segments.reduce((a, s) => (s.computed_at > a ? s.computed_at : a), segments[0].computed_at)
      notes.push(
        `RFM segments as computed at ${new Date(computedAt).toISOString()} (all customers; the date range and filters do not apply), monetary value in ${segmentCurrency!.toUpperCase()}.`
      )
      if (!showSegments)
        notes.push(`Segments are valued in ${segmentCurrency!.toUpperCase()}, outside the currency filter.`)
    }
    if (ctx.query.convert_to) {
      notes.push("convert_to does not apply to the customers report: lifetime values stay in their own currency.")
    }
    return { columns: COLUMNS, groups, notes }
  },
}
