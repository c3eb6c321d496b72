import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { assessOrderFraudWorkflow } from "../workflows/order-exceptions/assess-order-fraud"

/** A placed order: fraud score (once per order), then its exception cases. */
export default async function orderExceptionFraud({ event, container }: SubscriberArgs<{ id: string }>) {
  await assessOrderFraudWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "order-exception-fraud" },
}
