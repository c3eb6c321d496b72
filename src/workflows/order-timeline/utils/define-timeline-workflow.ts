import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
  type WorkflowData,
} from "@medusajs/framework/workflows-sdk"
import type { TimelineEntryInput } from "../../../modules/order-timeline/types"
import {
  sendOrderNotificationsStep,
  type OrderNotificationRequest,
} from "../../order-notifications/steps/send-order-notifications"
import { recordTimelineEntriesStep } from "../steps/record-timeline-entries"

/** What one event adds: timeline entries and customer notifications, each keyed by its source. */
export type TimelinePlan = { entries: TimelineEntryInput[]; notifications: OrderNotificationRequest[] }

export const emptyPlan = (): TimelinePlan => ({ entries: [], notifications: [] })

/** Every event workflow's input: the event's data and the workflow run that emitted it. */
export type TimelineEventInput<T> = T & { event_group_id?: string | null }

/**
 * A timeline workflow for one event: a read-only step plans the entries and
 * notifications from the current state (re-read, never trusted from the
 * payload), then the shared steps record the entries and send the
 * notifications, both idempotent by source key.
 */
export function defineTimelineWorkflow<T extends object>(
  workflowId: string,
  plan: (input: TimelineEventInput<T>, container: MedusaContainer) => Promise<TimelinePlan>
) {
  const planStep = createStep(`${workflowId}-plan`, async (input: TimelineEventInput<T>, { container }) => {
    return new StepResponse(await plan(input, container))
  })
  return createWorkflow(workflowId, (input: WorkflowData<TimelineEventInput<T>>) => {
    const planned = planStep(input as any)
    const recorded = recordTimelineEntriesStep(planned.entries)
    const notified = sendOrderNotificationsStep(planned.notifications)
    return new WorkflowResponse({ recorded, notified })
  })
}
