import { formatMoney } from "../order-notifications/utils/format"
import { loadPaymentFacts } from "./utils/facts"
import { defineTimelineWorkflow, emptyPlan } from "./utils/define-timeline-workflow"

export const recordPaymentCapturedWorkflowId = "order-timeline-record-payment-captured"

/**
 * payment.captured carries only the payment id. One entry per capture of
 * the payment (source key = capture id): a redelivery finds every capture
 * recorded already; a second partial capture adds its own entry.
 */
export const recordPaymentCapturedWorkflow = defineTimelineWorkflow<{ id: string }>(
  recordPaymentCapturedWorkflowId,
  async (input, container) => {
    const plan = emptyPlan()
    const payment = await loadPaymentFacts(container, input.id)
    if (!payment?.order_id) return plan
    for (const capture of payment.captures) {
      plan.entries.push({
        order_id: payment.order_id,
        kind: "payment.captured",
        source_key: `payment.captured:${capture.id}`,
        occurred_at: capture.created_at,
        amount: capture.amount,
        currency_code: payment.currency_code,
        actor: capture.created_by,
        summary: `Payment of ${formatMoney(capture.amount, payment.currency_code)} captured (${payment.provider_id})`,
        data: { payment_id: payment.id, capture_id: capture.id },
      })
    }
    return plan
  }
)
