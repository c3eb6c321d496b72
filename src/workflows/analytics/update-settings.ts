import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ANALYTICS_REPORT_MODULE } from "../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../modules/analytics-report/service"
import type { AnalyticsSettingsUpdate } from "../../modules/analytics-report/types"

export const updateAnalyticsSettingsWorkflowId = "analytics-update-settings"

const updateSettingsStep = createStep(
  "analytics-update-settings-step",
  async (input: AnalyticsSettingsUpdate, { container }) => {
    const service: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
    if (input.time_zone !== undefined && !(await service.isKnownTimeZone(input.time_zone))) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown time zone: ${input.time_zone}`)
    }
    const before = await service.getSettings()
    const previous = Object.fromEntries(
      Object.keys(input).map((k) => [k, (before as any)[k]])
    ) as AnalyticsSettingsUpdate
    const { settings, rebuilt } = await service.updateSettings(input)
    return new StepResponse({ settings, rebuilt }, previous)
  },
  async (previous: AnalyticsSettingsUpdate | undefined, { container }) => {
    if (!previous || !Object.keys(previous).length) return
    const service: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
    await service.updateSettings(previous)
  }
)

/**
 * Updates the analytics settings. A new time zone moves every fact to its
 * day in that zone and rebuilds the rollups from the facts (one transaction).
 */
export const updateAnalyticsSettingsWorkflow = createWorkflow(
  updateAnalyticsSettingsWorkflowId,
  (input: AnalyticsSettingsUpdate) => new WorkflowResponse(updateSettingsStep(input))
)
