import { ANALYTICS_REPORT_MODULE } from "../../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../../modules/analytics-report/service"
import type { ReportColumn, ReportDefinition } from "../../../modules/analytics-report/types"
import { buildCohortRows, COHORT_MONTHS, monthOf } from "../../../modules/analytics-report/utils/cohorts"
import { today } from "../../../modules/analytics-report/utils/periods"
import { factFilter } from "./helpers"

const COLUMNS: ReportColumn[] = [
  { key: "cohort", label: "Cohort (first order month)", type: "date" },
  { key: "customers", label: "Customers", type: "count" },
  ...Array.from({ length: COHORT_MONTHS }, (_, k) => ({
    key: `month_${k}`,
    label: `Month ${k}`,
    type: "ratio" as const,
  })),
  { key: "cohorts", label: "Cohorts", type: "count" },
]

/**
 * Cohort retention: one row per first-order month of [from, to] (months in
 * the analytics time zone), with the share of the cohort's customers who
 * ordered again 0..11 months later (see utils/cohorts.ts). The filters
 * choose the orders that count (a cohort is then "first order in this sales
 * channel / region / currency"). Counts only, so one group without currency.
 */
export const cohortsReport: ReportDefinition = {
  name: "cohorts",
  parts: ["rows"],
  build: async (ctx) => {
    const service: AnalyticsReportModuleService = ctx.container.resolve(ANALYTICS_REPORT_MODULE)
    const { sizes, activity } = await service.cohortCounts(factFilter(ctx), COHORT_MONTHS)
    const rows = buildCohortRows(sizes, activity, {
      from: ctx.range.from,
      to: ctx.range.to,
      currentMonth: monthOf(today(ctx.settings.time_zone)),
    })
    const notes = [
      "Cohorts are calendar months (first non-canceled order); month_k is the share of the cohort ordering in the k-th month after it, null for months not reached yet.",
    ]
    if (ctx.range.granularity !== "month" || ctx.compare_range) {
      notes.push("Granularity and comparison do not apply to cohorts.")
    }
    return {
      columns: COLUMNS,
      groups: [
        {
          currency_code: null,
          totals: { customers: rows.reduce((sum, r) => sum + r.customers, 0), cohorts: rows.length },
          previous: null,
          series: [],
          rows,
        },
      ],
      notes,
    }
  },
}
