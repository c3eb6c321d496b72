import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { syncOrderExceptions } from "../workflows/order-exceptions/utils/sync-batcher"

/** A capture or refund: the order's payment cases may be resolved (or a mismatch raised). */
export default async function orderExceptionPayments({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncOrderExceptions(container, { payment_ids: [event.data.id] })
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.CAPTURED, PaymentEvents.REFUNDED],
  context: { subscriberId: "order-exception-payments" },
}
