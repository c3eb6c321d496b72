import { loadOrderFacts } from "./utils/facts"
import { defineTimelineWorkflow, emptyPlan } from "./utils/define-timeline-workflow"

export const recordOrderCompletedWorkflowId = "order-timeline-record-order-completed"

/** order.completed (one event per order). */
export const recordOrderCompletedWorkflow = defineTimelineWorkflow<{ id: string }>(
  recordOrderCompletedWorkflowId,
  async (input, container) => {
    const plan = emptyPlan()
    const order = await loadOrderFacts(container, input.id)
    if (!order) return plan
    plan.entries.push({
      order_id: order.id,
      kind: "order.completed",
      source_key: `order.completed:${order.id}`,
      amount: order.total,
      currency_code: order.currency_code,
      summary: `Order #${order.display_id ?? ""} completed`,
    })
    return plan
  }
)
