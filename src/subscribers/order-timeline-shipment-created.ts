import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { recordShipmentCreatedWorkflow } from "../workflows/order-timeline/shipment-created"

/** Timeline entry and shipped notice with tracking. */
export default async function orderTimelineShipmentCreated({
  event,
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  await recordShipmentCreatedWorkflow(container).run({
    input: {
      ...event.data,
      event_group_id: (event.metadata as { eventGroupId?: string } | undefined)?.eventGroupId ?? null,
    },
  })
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.SHIPMENT_CREATED,
  context: { subscriberId: "order-timeline-shipment-created" },
}
