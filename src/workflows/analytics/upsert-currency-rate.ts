import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ANALYTICS_REPORT_MODULE } from "../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../modules/analytics-report/service"

export const upsertCurrencyRateWorkflowId = "analytics-upsert-currency-rate"

export type UpsertCurrencyRateInput = {
  currency_code: string
  base_currency_code: string
  rate: string
  valid_from: string
}

type Undo = { created_id?: string; previous?: { id: string; rate: string } }

/** Creates the rate of a (currency, base, valid_from), or replaces its rate when it exists. */
const upsertCurrencyRateStep = createStep(
  "analytics-upsert-currency-rate-step",
  async (input: UpsertCurrencyRateInput, { container }) => {
    const service: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
    const [existing] = await service.listAnalyticsCurrencyRates({
      currency_code: input.currency_code,
      base_currency_code: input.base_currency_code,
      valid_from: input.valid_from,
    })
    if (existing) {
      const updated = await service.updateAnalyticsCurrencyRates({ id: existing.id, rate: input.rate as any })
      return new StepResponse(updated, { previous: { id: existing.id, rate: String(existing.rate) } } as Undo)
    }
    const created = await service.createAnalyticsCurrencyRates({ ...input, rate: input.rate as any })
    return new StepResponse(created, { created_id: created.id } as Undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const service: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
    if (undo.created_id) await service.deleteAnalyticsCurrencyRates(undo.created_id)
    if (undo.previous)
      await service.updateAnalyticsCurrencyRates({ id: undo.previous.id, rate: undo.previous.rate as any })
  }
)

export const upsertCurrencyRateWorkflow = createWorkflow(
  upsertCurrencyRateWorkflowId,
  (input: UpsertCurrencyRateInput) => new WorkflowResponse(upsertCurrencyRateStep(input))
)
