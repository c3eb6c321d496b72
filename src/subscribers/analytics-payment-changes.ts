import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { refreshOrderFacts } from "../workflows/analytics/utils/order-facts-batcher"

/** A capture or refund changes its order's payment facts: refresh the order of the payment. */
export default async function analyticsPaymentChanges({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!event.data?.id) return
  await refreshOrderFacts(container, { payment_ids: [event.data.id] })
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.CAPTURED, PaymentEvents.REFUNDED],
  context: { subscriberId: "analytics-payment-changes" },
}
