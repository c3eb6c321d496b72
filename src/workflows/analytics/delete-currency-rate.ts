import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ANALYTICS_REPORT_MODULE } from "../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../modules/analytics-report/service"

export const deleteCurrencyRateWorkflowId = "analytics-delete-currency-rate"

/** Soft-deletes a rate (404 when it does not exist); the compensation restores it. */
const deleteCurrencyRateStep = createStep(
  "analytics-delete-currency-rate-step",
  async (input: { id: string }, { container }) => {
    const service: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
    await service.retrieveAnalyticsCurrencyRate(input.id)
    await service.softDeleteAnalyticsCurrencyRates(input.id)
    return new StepResponse({ id: input.id }, input.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const service: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
    await service.restoreAnalyticsCurrencyRates(id)
  }
)

export const deleteCurrencyRateWorkflow = createWorkflow(
  deleteCurrencyRateWorkflowId,
  (input: { id: string }) => new WorkflowResponse(deleteCurrencyRateStep(input))
)
