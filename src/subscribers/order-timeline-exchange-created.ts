import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordExchangeCreatedWorkflow } from "../workflows/order-timeline/exchange-created"

/** Timeline entry for an exchange. */
export default async function orderTimelineExchangeCreated({
  event,
  container,
}: SubscriberArgs<{ order_id: string; exchange_id: string }>) {
  await recordExchangeCreatedWorkflow(container).run({
    input: {
      ...event.data,
      event_group_id: (event.metadata as { eventGroupId?: string } | undefined)?.eventGroupId ?? null,
    },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.EXCHANGE_CREATED,
  context: { subscriberId: "order-timeline-exchange-created" },
}
