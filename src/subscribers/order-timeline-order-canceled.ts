import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordOrderCanceledWorkflow } from "../workflows/order-timeline/order-canceled"

/** Timeline entry and cancellation notice. */
export default async function orderTimelineOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordOrderCanceledWorkflow(container).run({
    input: {
      ...event.data,
      event_group_id: (event.metadata as { eventGroupId?: string } | undefined)?.eventGroupId ?? null,
    },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "order-timeline-order-canceled" },
}
