import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { assessOrderFraud } from "../workflows/order-exceptions/utils/fraud-batcher"

/** A placed order: fraud score (once per order), then its exception cases (batched with the orders placed meanwhile). */
export default async function orderExceptionFraud({ event, container }: SubscriberArgs<{ id: string }>) {
  await assessOrderFraud(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "order-exception-fraud" },
}
