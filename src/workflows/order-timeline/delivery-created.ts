import { orderVariables } from "../order-notifications/utils/variables"
import { loadFulfillmentFacts, loadOrderFacts, loadStoreName } from "./utils/facts"
import { defineTimelineWorkflow, emptyPlan } from "./utils/define-timeline-workflow"

export const recordDeliveryCreatedWorkflowId = "order-timeline-record-delivery-created"

/** delivery.created: `{ id: fulfillment_id, no_notification }`. */
export const recordDeliveryCreatedWorkflow = defineTimelineWorkflow<{ id: string; no_notification?: boolean }>(
  recordDeliveryCreatedWorkflowId,
  async (input, container) => {
    const plan = emptyPlan()
    const f = await loadFulfillmentFacts(container, input.id)
    if (!f?.order_id) return plan
    const source = `delivery.created:${f.id}`
    plan.entries.push({
      order_id: f.order_id,
      kind: "delivery.created",
      source_key: source,
      occurred_at: f.delivered_at ?? undefined,
      summary: "Delivered",
      data: { fulfillment_id: f.id },
    })
    if (input.no_notification) return plan
    const order = await loadOrderFacts(container, f.order_id)
    if (!order) return plan
    plan.notifications.push({
      template_key: "order_delivered",
      source_key: source,
      to: order.email,
      order_id: order.id,
      cart_id: order.cart_id,
      variables: orderVariables(order, await loadStoreName(container)),
    })
    return plan
  }
)
