import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { recordDeliveryCreatedWorkflow } from "../workflows/order-timeline/delivery-created"

/** Timeline entry and delivered notice. */
export default async function orderTimelineDeliveryCreated({
  event,
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  await recordDeliveryCreatedWorkflow(container).run({
    input: {
      ...event.data,
      event_group_id: (event.metadata as { eventGroupId?: string } | undefined)?.eventGroupId ?? null,
    },
  })
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.DELIVERY_CREATED,
  context: { subscriberId: "order-timeline-delivery-created" },
}
