import { orderVariables } from "../order-notifications/utils/variables"
import { loadOrderFacts, loadStoreName } from "./utils/facts"
import { defineTimelineWorkflow, emptyPlan } from "./utils/define-timeline-workflow"

export const recordOrderCanceledWorkflowId = "order-timeline-record-order-canceled"

/** order.canceled: an entry and the cancellation notice (an order is canceled once). */
export const recordOrderCanceledWorkflow = defineTimelineWorkflow<{ id: string }>(
  recordOrderCanceledWorkflowId,
  async (input, container) => {
    const plan = emptyPlan()
    const order = await loadOrderFacts(container, input.id)
    if (!order) return plan
    const source = `order.canceled:${order.id}`
    plan.entries.push({
      order_id: order.id,
      kind: "order.canceled",
      source_key: source,
      occurred_at: order.canceled_at ?? undefined,
      amount: order.total,
      currency_code: order.currency_code,
      summary: `Order #${order.display_id ?? ""} canceled`,
    })
    plan.notifications.push({
      template_key: "order_canceled",
      source_key: source,
      to: order.email,
      order_id: order.id,
      cart_id: order.cart_id,
      variables: orderVariables(order, await loadStoreName(container)),
    })
    return plan
  }
)
