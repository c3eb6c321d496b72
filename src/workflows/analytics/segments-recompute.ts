import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ANALYTICS_REPORT_MODULE } from "../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../modules/analytics-report/service"
import { SEGMENTS_LOCK_KEY, syncSegmentGroupsStep, type SegmentGroupSyncResult } from "./segments-sync-groups"

export const recomputeSegmentsWorkflowId = "analytics-recompute-segments"

/** The store's default currency: RFM monetary values are expressed in it. */
export async function defaultCurrency(container: { resolve: (key: string) => any }): Promise<string> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  const currencies: { currency_code: string; is_default: boolean }[] = store?.supported_currencies ?? []
  const code = (currencies.find((c) => c.is_default) ?? currencies[0])?.currency_code
  if (!code) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The store has no currency to value RFM segments in")
  return code.toLowerCase()
}

/**
 * Scores every customer (RFM quintiles) from the customer facts and replaces
 * the segment table. Derived state only: nothing to undo on a later failure
 * (the next run recomputes the same snapshot), so the compensation is empty.
 */
export const recomputeSegmentsStep = createStep(
  "analytics-recompute-segments-step",
  async (_input: Record<string, never>, { container }) => {
    const service: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
    const settings = await service.getSettings()
    const currency = await defaultCurrency(container)
    const result = await service.recomputeSegments({ currency_code: currency })
    return new StepResponse({ ...result, sync_groups: settings.sync_segments_to_groups })
  },
  async () => {}
)

export type RecomputeSegmentsResult = {
  computed_at: Date
  currency_code: string
  customers: number
  removed: number
  by_segment: Record<string, number>
  missing_rate_customers: number
  missing_rate_currencies: string[]
  /** The customer-group sync, or null when settings.sync_segments_to_groups is off. */
  groups: SegmentGroupSyncResult | null
}

/**
 * The nightly RFM recompute (also POST /admin/analytics/segments/recompute):
 * segments from the customer facts, then, when the setting is on, the
 * "RFM: <segment>" customer groups made to hold exactly their segment's
 * customers. Runs one at a time (lock); running it twice changes nothing more.
 */
export const recomputeSegmentsWorkflow = createWorkflow(recomputeSegmentsWorkflowId, () => {
  acquireLockStep({ key: SEGMENTS_LOCK_KEY, timeout: 120, ttl: 1800 })
  const segments = recomputeSegmentsStep({})
  const groups = when({ segments }, ({ segments }) => segments.sync_groups).then(() => syncSegmentGroupsStep())
  releaseLockStep({ key: SEGMENTS_LOCK_KEY })
  const result = transform({ segments, groups }, ({ segments, groups }): RecomputeSegmentsResult => {
    const { sync_groups: _sync, ...rest } = segments
    return { ...rest, by_segment: { ...rest.by_segment } as Record<string, number>, groups: groups ?? null }
  })
  return new WorkflowResponse(result)
})
