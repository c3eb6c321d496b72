import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordOrderUpdatedWorkflow } from "../workflows/order-timeline/order-updated"

/** Timeline entry for each order update run. */
export default async function orderTimelineOrderUpdated({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordOrderUpdatedWorkflow(container).run({
    input: {
      ...event.data,
      event_group_id: (event.metadata as { eventGroupId?: string } | undefined)?.eventGroupId ?? null,
    },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.UPDATED,
  context: { subscriberId: "order-timeline-order-updated" },
}
