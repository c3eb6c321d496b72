import { formatMoney } from "../order-notifications/utils/format"
import { orderVariables } from "../order-notifications/utils/variables"
import { loadOrderFacts, loadPaymentFacts, loadStoreName } from "./utils/facts"
import { defineTimelineWorkflow, emptyPlan } from "./utils/define-timeline-workflow"

export const recordPaymentRefundedWorkflowId = "order-timeline-record-payment-refunded"

/**
 * payment.refunded carries only the payment id. One entry and one
 * "refund issued" notice per refund of the payment (source key = refund id).
 */
export const recordPaymentRefundedWorkflow = defineTimelineWorkflow<{ id: string }>(
  recordPaymentRefundedWorkflowId,
  async (input, container) => {
    const plan = emptyPlan()
    const payment = await loadPaymentFacts(container, input.id)
    if (!payment?.order_id || !payment.refunds.length) return plan
    const order = await loadOrderFacts(container, payment.order_id)
    if (!order) return plan
    const base = orderVariables(order, await loadStoreName(container))
    for (const refund of payment.refunds) {
      const source = `payment.refunded:${refund.id}`
      const amount = formatMoney(refund.amount, payment.currency_code)
      plan.entries.push({
        order_id: order.id,
        kind: "payment.refunded",
        source_key: source,
        occurred_at: refund.created_at,
        amount: refund.amount,
        currency_code: payment.currency_code,
        actor: refund.created_by,
        summary: `Refund of ${amount} issued${refund.note ? `: ${refund.note}` : ""}`,
        data: { payment_id: payment.id, refund_id: refund.id },
      })
      plan.notifications.push({
        template_key: "refund_issued",
        source_key: source,
        to: order.email,
        order_id: order.id,
        cart_id: order.cart_id,
        variables: { ...base, refund_amount: amount },
      })
    }
    return plan
  }
)
