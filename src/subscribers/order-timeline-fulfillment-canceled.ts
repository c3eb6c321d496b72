import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordFulfillmentCanceledWorkflow } from "../workflows/order-timeline/fulfillment-canceled"

/** Timeline entry for a canceled fulfillment. */
export default async function orderTimelineFulfillmentCanceled({
  event,
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  await recordFulfillmentCanceledWorkflow(container).run({
    input: {
      ...event.data,
      event_group_id: (event.metadata as { eventGroupId?: string } | undefined)?.eventGroupId ?? null,
    },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.FULFILLMENT_CANCELED,
  context: { subscriberId: "order-timeline-fulfillment-canceled" },
}
