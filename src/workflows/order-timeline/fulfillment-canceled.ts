import { loadFulfillmentFacts } from "./utils/facts"
import { defineTimelineWorkflow, emptyPlan } from "./utils/define-timeline-workflow"

export const recordFulfillmentCanceledWorkflowId = "order-timeline-record-fulfillment-canceled"

/** order.fulfillment_canceled: `{ order_id, fulfillment_id }` (a fulfillment is canceled once). */
export const recordFulfillmentCanceledWorkflow = defineTimelineWorkflow<{ order_id: string; fulfillment_id: string }>(
  recordFulfillmentCanceledWorkflowId,
  async (input, container) => {
    const plan = emptyPlan()
    const f = await loadFulfillmentFacts(container, input.fulfillment_id)
    const orderId = f?.order_id ?? input.order_id
    if (!orderId || !input.fulfillment_id) return plan
    plan.entries.push({
      order_id: orderId,
      kind: "fulfillment.canceled",
      source_key: `fulfillment.canceled:${input.fulfillment_id}`,
      occurred_at: f?.canceled_at ?? undefined,
      summary: "Fulfillment canceled",
      data: { fulfillment_id: input.fulfillment_id },
    })
    return plan
  }
)
