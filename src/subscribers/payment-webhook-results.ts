import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ProviderWebhookPayload } from "@medusajs/framework/types"
import { PaymentWebhookEvents } from "@medusajs/framework/utils"
import { recordPaymentWebhookResultWorkflow } from "../workflows/order-timeline/payment-webhook-result"

/**
 * Medusa's payment-webhook handler drops the failed, canceled and
 * requires-more results of provider webhooks; this records them as payment
 * attempts (beside the core handler, which keeps doing the rest).
 */
export default async function paymentWebhookResults({ event, container }: SubscriberArgs<ProviderWebhookPayload>) {
  await recordPaymentWebhookResultWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = {
  event: PaymentWebhookEvents.WebhookReceived,
  context: { subscriberId: "payment-webhook-results" },
}
