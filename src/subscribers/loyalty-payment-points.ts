import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { syncPaymentPointsWorkflow } from "../workflows/loyalty/sync-payment-points"

/** Earn points when a payment is captured; reverse their share when it is refunded. */
export default async function loyaltyPaymentPoints({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncPaymentPointsWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.CAPTURED, PaymentEvents.REFUNDED],
  context: { subscriberId: "loyalty-payment-points" },
}
