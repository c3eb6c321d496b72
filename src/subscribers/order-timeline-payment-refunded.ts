import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { recordPaymentRefundedWorkflow } from "../workflows/order-timeline/payment-refunded"

/** Timeline entries and refund notices for the refunds of a payment. */
export default async function orderTimelinePaymentRefunded({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordPaymentRefundedWorkflow(container).run({
    input: {
      ...event.data,
      event_group_id: (event.metadata as { eventGroupId?: string } | undefined)?.eventGroupId ?? null,
    },
  })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
  context: { subscriberId: "order-timeline-payment-refunded" },
}
