import { MathBN } from "@medusajs/framework/utils"
import { ANALYTICS_REPORT_MODULE } from "../../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../../modules/analytics-report/service"
import type { ReportColumn, ReportDefinition, ReportGroup, ReportRecord } from "../../../modules/analytics-report/types"
import { zeroFill } from "../../../modules/analytics-report/utils/periods"
import { factFilter, groupCurrencies, money, ratio } from "./helpers"
import { loadSales, zeroSales, type SalesAgg } from "./sales-data"

const COLUMNS: ReportColumn[] = [
  { key: "capture_rate", label: "Capture rate", type: "ratio" },
  { key: "captured", label: "Captured", type: "money" },
  { key: "refunds", label: "Refunds", type: "money" },
  { key: "failed_payments", label: "Failed payments", type: "count" },
  { key: "reason_label", label: "Refund reason", type: "text" },
  { key: "count", label: "Refunds", type: "count" },
  { key: "amount", label: "Amount", type: "money" },
]

const FAILED_NOTE =
  "failed_payments: Medusa emits no event for failed or canceled payment attempts (its webhook subscriber ignores them), so they are not counted yet"

/** Payments are cash: every capture and refund on its own day, including refunds of canceled orders. */
function figures(s: SalesAgg, withRate: boolean): ReportRecord {
  const out: ReportRecord = {
    captured: money(s.captured as string),
    refunds: money(MathBN.add(s.refunds as string, s.canceled_refunds as string).toFixed()),
  }
  if (withRate) {
    out.capture_rate = ratio(s.captured_orders as number, s.orders as number)
    out.failed_payments = null
  }
  return out
}

/**
 * Payments: capture rate (non-canceled orders placed in the range with a
 * capture ÷ those orders), captured and refunded amounts (series too) and
 * refunds by reason.
 */
export const paymentsReport: ReportDefinition = {
  name: "payments",
  parts: ["series", "rows"],
  build: async (ctx) => {
    const service: AnalyticsReportModuleService = ctx.container.resolve(ANALYTICS_REPORT_MODULE)
    const [current, previous, reasons] = await Promise.all([
      loadSales(ctx, "range"),
      ctx.compare_range ? loadSales(ctx, "previous") : Promise.resolve(null),
      service.refundsByReason(factFilter(ctx)),
    ])
    const notes = [FAILED_NOTE, ...current.notes, ...(previous?.notes ?? [])]
    if (ctx.query.convert_to) notes.push("refund reasons are listed in each refund's own currency (unconverted)")
    const currencies = groupCurrencies(
      ctx,
      current.totals.keys(),
      previous?.totals.keys() ?? [],
      reasons.map((r) => r.currency_code)
    )
    const groups: ReportGroup[] = currencies.map((code) => ({
      currency_code: code,
      totals: figures(current.totals.get(code) ?? zeroSales(), true),
      previous: previous ? figures(previous.totals.get(code) ?? zeroSales(), true) : null,
      series: zeroFill(
        ctx.periods,
        new Map([...(current.series.get(code) ?? new Map<string, SalesAgg>())].map(([p, s]) => [p, figures(s, false)])),
        () => figures(zeroSales(), false)
      ),
      rows: reasons
        .filter((r) => r.currency_code === code)
        .map((r) => ({ reason_label: r.reason_label, count: r.count, amount: money(r.amount) })),
    }))
    return { columns: COLUMNS, groups, notes: [...new Set(notes)] }
  },
}
