import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AnalyticsSettings, ReportEnvelope, ReportQuery, ReportRange } from "../../modules/analytics-report/types"
import { getReport } from "./reports"

export const buildReportWorkflowId = "analytics-build-report"

export type BuildReportInput = {
  report: string
  query: ReportQuery
  settings: AnalyticsSettings
  frame: { range: ReportRange; compare_range: { from: string; to: string } | null; periods: string[] }
}

/** Runs the report's build with this step's container (modules, query) and wraps it in the envelope. */
const buildReportStep = createStep("analytics-build-report-step", async (input: BuildReportInput, { container }) => {
  const definition = getReport(input.report)
  if (!definition) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown report: ${input.report}`)
  const result = await definition.build({
    container,
    query: input.query,
    settings: input.settings,
    range: input.frame.range,
    compare_range: input.frame.compare_range,
    periods: input.frame.periods,
  })
  const envelope: ReportEnvelope = {
    report: definition.name,
    range: input.frame.range,
    compare_range: input.frame.compare_range,
    columns: result.columns,
    groups: result.groups,
    notes: result.notes ?? [],
  }
  return new StepResponse(envelope)
})

/** Builds one report (read-only; see reports/index.ts for the registry). */
export const buildReportWorkflow = createWorkflow(
  buildReportWorkflowId,
  (input: BuildReportInput) => new WorkflowResponse(buildReportStep(input))
)
