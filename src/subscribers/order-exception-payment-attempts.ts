import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentAttemptEvents, type PaymentAttemptEventData } from "../modules/order-timeline/events"
import { raisePaymentFailureWorkflow } from "../workflows/order-exceptions/raise-payment-failure"

/** A payment the provider reported failed (or canceled after checkout): a payment_failed case. */
export default async function orderExceptionPaymentAttempts({
  event,
  container,
}: SubscriberArgs<PaymentAttemptEventData>) {
  await raisePaymentFailureWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = {
  event: [PaymentAttemptEvents.FAILED, PaymentAttemptEvents.CANCELED],
  context: { subscriberId: "order-exception-payment-attempts" },
}
