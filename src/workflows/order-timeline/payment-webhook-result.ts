import type { ProviderWebhookPayload } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { paymentAttemptEventName, type PaymentAttemptEventData } from "../../modules/order-timeline/events"
import type { TimelineEntryInput } from "../../modules/order-timeline/types"
import {
  sendOrderNotificationsStep,
  type OrderNotificationRequest,
} from "../order-notifications/steps/send-order-notifications"
import { formatMoney, retryUrl } from "../order-notifications/utils/format"
import { recordPaymentAttemptStep } from "./steps/record-payment-attempt"
import { recordTimelineEntriesStep } from "./steps/record-timeline-entries"
import { resolvePaymentWebhookResultStep } from "./steps/resolve-payment-webhook-result"
import { attemptEntry } from "./utils/attempt-entry"

export const recordPaymentWebhookResultWorkflowId = "order-timeline-record-payment-webhook-result"

/**
 * A provider webhook whose result Medusa drops (failed, canceled, requires
 * more): records the payment attempt, emits `payment_attempt.<status>` once
 * (only when this run inserted the attempt), adds the order's timeline entry
 * when the cart is already an order, and tells the customer about a failed
 * payment with a link back to the checkout. Posting the same webhook again
 * changes nothing: attempt, entry and notice are keyed by the attempt.
 */
export const recordPaymentWebhookResultWorkflow = createWorkflow(
  recordPaymentWebhookResultWorkflowId,
  (input: ProviderWebhookPayload) => {
    const result = resolvePaymentWebhookResultStep(input)
    const attemptInput = transform({ result }, ({ result }) => result?.attempt ?? null)
    const recorded = recordPaymentAttemptStep(attemptInput)

    when({ recorded }, ({ recorded }) => recorded.created && !!recorded.attempt).then(() => {
      const event = transform({ recorded }, ({ recorded }) => {
        const a = recorded.attempt!
        const data: PaymentAttemptEventData = {
          id: a.id,
          order_id: a.order_id,
          cart_id: a.cart_id,
          payment_collection_id: a.payment_collection_id,
          provider_id: a.provider_id,
          status: a.status,
          amount: a.amount,
          currency_code: a.currency_code,
        }
        return { eventName: paymentAttemptEventName(a.status), data }
      })
      emitEventStep(event)
    })

    const plan = transform({ recorded, result }, ({ recorded, result }) => {
      const entries: TimelineEntryInput[] = []
      const notifications: OrderNotificationRequest[] = []
      const a = recorded.attempt
      if (!a || !result) return { entries, notifications }
      if (a.order_id) {
        entries.push(attemptEntry({ ...a, order_id: a.order_id, error_message: result.attempt.error_message ?? null }))
      }
      if (a.status === "failed") {
        notifications.push({
          template_key: "payment_failed",
          source_key: `payment.failed:${a.id}`,
          to: result.email,
          order_id: a.order_id,
          cart_id: a.cart_id,
          variables: {
            customer_name: result.customer_name || result.email || "there",
            email: result.email ?? "",
            order_id: a.order_id ?? "",
            order_display_id: result.order_display_id,
            cart_id: a.cart_id ?? "",
            amount: formatMoney(a.amount, a.currency_code),
            retry_url: retryUrl(a.cart_id),
            store_name: result.store_name,
          },
        })
      }
      return { entries, notifications }
    })
    const entries = recordTimelineEntriesStep(plan.entries)
    const notified = sendOrderNotificationsStep(plan.notifications)
    return new WorkflowResponse({ attempt: recorded, entries, notified })
  }
)
