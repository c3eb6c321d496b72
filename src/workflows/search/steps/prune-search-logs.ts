import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_INSIGHT_MODULE } from "../../../modules/search-insight"
import type SearchInsightModuleService from "../../../modules/search-insight/service"

export const pruneSearchLogsStepId = "search-prune-logs"

/** Deletes query logs and clicks older than the retention period. Nothing to compensate: they were due to go. */
export const pruneSearchLogsStep = createStep(
  pruneSearchLogsStepId,
  async (input: { retention_days: number }, { container }) => {
    const service: SearchInsightModuleService = container.resolve(SEARCH_INSIGHT_MODULE)
    const before = new Date(Date.now() - input.retention_days * 86_400_000)
    const deleted = await service.pruneSearchLogs(before)
    return new StepResponse({ deleted, before: before.toISOString() })
  }
)
