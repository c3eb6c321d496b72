import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordReturnRequestedWorkflow } from "../workflows/order-timeline/return-requested"

/** Timeline entry for a requested return. */
export default async function orderTimelineReturnRequested({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  await recordReturnRequestedWorkflow(container).run({
    input: {
      ...event.data,
      event_group_id: (event.metadata as { eventGroupId?: string } | undefined)?.eventGroupId ?? null,
    },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.RETURN_REQUESTED,
  context: { subscriberId: "order-timeline-return-requested" },
}
