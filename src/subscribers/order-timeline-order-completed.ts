import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordOrderCompletedWorkflow } from "../workflows/order-timeline/order-completed"

/** Timeline entry for a completed order. */
export default async function orderTimelineOrderCompleted({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordOrderCompletedWorkflow(container).run({
    input: {
      ...event.data,
      event_group_id: (event.metadata as { eventGroupId?: string } | undefined)?.eventGroupId ?? null,
    },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.COMPLETED,
  context: { subscriberId: "order-timeline-order-completed" },
}
