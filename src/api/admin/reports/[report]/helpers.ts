import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { ANALYTICS_REPORT_MODULE } from "../../../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../../../modules/analytics-report/service"
import type { ReportQuery } from "../../../../modules/analytics-report/types"
import { buildReportWorkflow } from "../../../../workflows/analytics/build-report"
import { getReport, REPORT_NAMES } from "../../../../workflows/analytics/reports"
import { reportFrame } from "../../../../workflows/analytics/reports/context"

/** Validates the report name and the settings-dependent parts of the query, then builds the report. */
export async function runReport(scope: MedusaContainer, name: string, query: ReportQuery) {
  const definition = getReport(name)
  if (!definition) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Unknown report "${name}"; reports: ${REPORT_NAMES().join(", ")}`
    )
  }
  const service: AnalyticsReportModuleService = scope.resolve(ANALYTICS_REPORT_MODULE)
  const settings = await service.getSettings()
  const frame = reportFrame(definition, query, settings)
  const { result } = await buildReportWorkflow(scope).run({ input: { report: name, query, settings, frame } })
  return { definition, envelope: result }
}
