import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { refreshOrderFactsWorkflow } from "../workflows/analytics/refresh-order-facts"

/** A capture or refund changes its order's payment facts: refresh the order of the payment. */
export default async function analyticsPaymentChanges({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!event.data?.id) return
  await refreshOrderFactsWorkflow(container).run({ input: { payment_ids: [event.data.id] } })
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.CAPTURED, PaymentEvents.REFUNDED],
  context: { subscriberId: "analytics-payment-changes" },
}
