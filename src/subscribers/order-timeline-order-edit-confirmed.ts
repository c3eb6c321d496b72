import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderEditWorkflowEvents } from "@medusajs/framework/utils"
import { recordOrderEditConfirmedWorkflow } from "../workflows/order-timeline/order-edit-confirmed"

/** Timeline entry for a confirmed order edit. */
export default async function orderTimelineOrderEditConfirmed({
  event,
  container,
}: SubscriberArgs<{ order_id: string; actions?: { id?: string; order_change_id?: string; action?: string }[] }>) {
  await recordOrderEditConfirmedWorkflow(container).run({
    input: {
      ...event.data,
      event_group_id: (event.metadata as { eventGroupId?: string } | undefined)?.eventGroupId ?? null,
    },
  })
}

export const config: SubscriberConfig = {
  event: OrderEditWorkflowEvents.CONFIRMED,
  context: { subscriberId: "order-timeline-order-edit-confirmed" },
}
