import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_TIMELINE_MODULE } from "../../../modules/order-timeline"
import type OrderTimelineModuleService from "../../../modules/order-timeline/service"
import type { TimelineEntryInput } from "../../../modules/order-timeline/types"

export const recordTimelineEntriesStepId = "order-timeline-record-entries"

/**
 * Inserts the timeline entries not recorded yet (unique source key), so a
 * redelivered event adds nothing. Compensation removes only the entries this
 * run inserted.
 */
export const recordTimelineEntriesStep = createStep(
  recordTimelineEntriesStepId,
  async (entries: TimelineEntryInput[], { container }) => {
    const service: OrderTimelineModuleService = container.resolve(ORDER_TIMELINE_MODULE)
    const created = await service.recordTimelineEntries(entries ?? [])
    return new StepResponse(
      { created: created.length, ids: created.map((c) => c.id) },
      created.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: OrderTimelineModuleService = container.resolve(ORDER_TIMELINE_MODULE)
    await service.deleteOrderTimelineEntries(ids)
  }
)
