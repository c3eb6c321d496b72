import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { releaseOrderPointsWorkflow } from "../workflows/loyalty/release-order-points"

/** Pending points of an order become available once it is fulfilled (or after the rule's days). */
export default async function loyaltyOrderFulfilled({ event, container }: SubscriberArgs<{ order_id: string }>) {
  await releaseOrderPointsWorkflow(container).run({ input: { order_id: event.data.order_id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.FULFILLMENT_CREATED,
  context: { subscriberId: "loyalty-order-fulfilled" },
}
