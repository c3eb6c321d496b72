import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_INSIGHT_MODULE } from "../../../modules/search-insight"
import type SearchInsightModuleService from "../../../modules/search-insight/service"
import type { SearchClickInput } from "../../../modules/search-insight/types"

export const recordSearchClickStepId = "search-record-click"

/**
 * Records a click on a search hit, once per (search, product): reporting the
 * same click again returns the first record and writes nothing. Compensation
 * removes the click only if this run created it.
 */
export const recordSearchClickStep = createStep(
  recordSearchClickStepId,
  async (input: SearchClickInput, { container }) => {
    const service: SearchInsightModuleService = container.resolve(SEARCH_INSIGHT_MODULE)
    const click = await service.recordClick(input)
    return new StepResponse(click, click.created ? click.id : undefined)
  },
  async (createdId: string | undefined, { container }) => {
    if (!createdId) return
    const service: SearchInsightModuleService = container.resolve(SEARCH_INSIGHT_MODULE)
    await service.removeClick(createdId)
  }
)
