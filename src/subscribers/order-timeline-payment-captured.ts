import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { recordPaymentCapturedWorkflow } from "../workflows/order-timeline/payment-captured"

/** Timeline entries for the captures of a payment. */
export default async function orderTimelinePaymentCaptured({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordPaymentCapturedWorkflow(container).run({
    input: {
      ...event.data,
      event_group_id: (event.metadata as { eventGroupId?: string } | undefined)?.eventGroupId ?? null,
    },
  })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.CAPTURED,
  context: { subscriberId: "order-timeline-payment-captured" },
}
