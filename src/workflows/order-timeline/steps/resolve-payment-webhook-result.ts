import type { ProviderWebhookPayload } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentActions } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PaymentAttemptStatus } from "../../../modules/order-timeline/events"
import type { PaymentAttemptInput } from "../../../modules/order-timeline/types"
import { loadStoreName } from "../utils/facts"

/** The webhook results Medusa's own handler drops, as attempt statuses. */
const IGNORED_BY_MEDUSA: Partial<Record<PaymentActions, PaymentAttemptStatus>> = {
  [PaymentActions.FAILED]: "failed",
  [PaymentActions.CANCELED]: "canceled",
  [PaymentActions.REQUIRES_MORE]: "requires_more",
}

export type WebhookResult = {
  attempt: PaymentAttemptInput
  email: string | null
  customer_name: string | null
  store_name: string
  order_display_id: string
} | null

/** The event data as the bus delivers it: a Buffer survives the Redis bus as `{ type: "Buffer", data }`. */
function revive(event: ProviderWebhookPayload): ProviderWebhookPayload {
  const raw = event.payload?.rawData as any
  if (raw && typeof raw === "object" && raw.type === "Buffer" && Array.isArray(raw.data)) {
    return { ...event, payload: { ...event.payload, rawData: Buffer.from(raw.data) } }
  }
  return event
}

export const resolvePaymentWebhookResultStepId = "order-timeline-resolve-payment-webhook-result"

/**
 * Asks the payment module what a provider webhook means. For the results
 * Medusa ignores (failed, canceled, requires more) it returns the attempt
 * to record, with the payment session's collection, cart and order; null
 * for anything else, for unknown sessions, and for sessions of another
 * provider than the one that sent the webhook.
 */
export const resolvePaymentWebhookResultStep = createStep(
  resolvePaymentWebhookResultStepId,
  async (input: ProviderWebhookPayload, { container }) => {
    if (!input?.provider) return new StepResponse<WebhookResult>(null)
    const payment = container.resolve(Modules.PAYMENT)
    const result = await payment.getWebhookActionAndData(revive(input))
    const status = IGNORED_BY_MEDUSA[result?.action as PaymentActions]
    const sessionId = result?.data?.session_id
    if (!status || !sessionId) return new StepResponse<WebhookResult>(null)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: sessions } = await query.graph({
      entity: "payment_session",
      fields: [
        "id",
        "provider_id",
        "amount",
        "currency_code",
        "payment_collection.id",
        "payment_collection.cart.id",
        "payment_collection.cart.email",
        "payment_collection.cart.shipping_address.first_name",
        "payment_collection.cart.customer.first_name",
        "payment_collection.order.id",
        "payment_collection.order.email",
        "payment_collection.order.display_id",
      ],
      filters: { id: sessionId },
    })
    const session: any = sessions[0]
    const provider = input.provider.startsWith("pp_") ? input.provider : `pp_${input.provider}`
    if (!session || session.provider_id !== provider) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`payment webhook from ${provider} for unknown session ${String(sessionId).slice(0, 64)} ignored`)
      return new StepResponse<WebhookResult>(null)
    }
    const collection = session.payment_collection ?? {}
    const cart = collection.cart ?? null
    const order = collection.order ?? null
    const webhookAmount = result.data?.amount
    const amount =
      webhookAmount !== undefined && webhookAmount !== null && String(webhookAmount) !== "0"
        ? String(webhookAmount)
        : session.amount === null || session.amount === undefined
          ? null
          : String(session.amount)
    const errorMessage = (result.data as any)?.error_message ?? null

    return new StepResponse<WebhookResult>({
      attempt: {
        provider_id: session.provider_id,
        attempt_key: `${session.id}:${status}`,
        status,
        payment_session_id: session.id,
        payment_collection_id: collection.id ?? null,
        cart_id: cart?.id ?? null,
        order_id: order?.id ?? null,
        amount,
        currency_code: session.currency_code ?? null,
        error_message: typeof errorMessage === "string" ? errorMessage : null,
        data: { action: result.action },
      },
      email: order?.email ?? cart?.email ?? null,
      customer_name: cart?.customer?.first_name || cart?.shipping_address?.first_name || null,
      store_name: await loadStoreName(container),
      order_display_id: order?.display_id ? String(order.display_id) : "",
    })
  }
)
