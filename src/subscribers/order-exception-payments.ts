import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { syncOrderExceptionsWorkflow } from "../workflows/order-exceptions/sync-order-exceptions"

/** A capture or refund: the order's payment cases may be resolved (or a mismatch raised). */
export default async function orderExceptionPayments({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncOrderExceptionsWorkflow(container).run({ input: { payment_ids: [event.data.id] } })
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.CAPTURED, PaymentEvents.REFUNDED],
  context: { subscriberId: "order-exception-payments" },
}
