import { itemCount, loadFulfillmentFacts } from "./utils/facts"
import { defineTimelineWorkflow, emptyPlan } from "./utils/define-timeline-workflow"

export const recordFulfillmentCreatedWorkflowId = "order-timeline-record-fulfillment-created"

/** order.fulfillment_created: `{ order_id, fulfillment_id }`. */
export const recordFulfillmentCreatedWorkflow = defineTimelineWorkflow<{ order_id: string; fulfillment_id: string }>(
  recordFulfillmentCreatedWorkflowId,
  async (input, container) => {
    const plan = emptyPlan()
    const f = await loadFulfillmentFacts(container, input.fulfillment_id)
    const orderId = f?.order_id ?? input.order_id
    if (!f || !orderId) return plan
    const n = itemCount(f.items)
    plan.entries.push({
      order_id: orderId,
      kind: "fulfillment.created",
      source_key: `fulfillment.created:${f.id}`,
      occurred_at: f.created_at,
      actor: f.created_by,
      summary: `Fulfillment created: ${n} item${n === 1 ? "" : "s"}`,
      data: { fulfillment_id: f.id, location_id: f.location_id, items: f.items },
    })
    return plan
  }
)
