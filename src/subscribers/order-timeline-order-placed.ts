import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordOrderPlacedWorkflow } from "../workflows/order-timeline/order-placed"

/** Timeline entry and order confirmation for a placed order. */
export default async function orderTimelineOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordOrderPlacedWorkflow(container).run({
    input: {
      ...event.data,
      event_group_id: (event.metadata as { eventGroupId?: string } | undefined)?.eventGroupId ?? null,
    },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "order-timeline-order-placed" },
}
