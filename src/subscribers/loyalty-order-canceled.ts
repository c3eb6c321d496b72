import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { syncOrderPointsWorkflow } from "../workflows/loyalty/sync-order-points"

/** Reverse what is left of an order's points when it is canceled. */
export default async function loyaltyOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncOrderPointsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "loyalty-order-canceled" },
}
