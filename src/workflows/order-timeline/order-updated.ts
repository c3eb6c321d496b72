import { loadOrderFacts, runKey } from "./utils/facts"
import { defineTimelineWorkflow, emptyPlan } from "./utils/define-timeline-workflow"

export const recordOrderUpdatedWorkflowId = "order-timeline-record-order-updated"

/**
 * order.updated carries only the order id. One entry per update run: the
 * key is the emitting workflow run (event group), which a redelivery keeps.
 */
export const recordOrderUpdatedWorkflow = defineTimelineWorkflow<{ id: string }>(
  recordOrderUpdatedWorkflowId,
  async (input, container) => {
    const plan = emptyPlan()
    const order = await loadOrderFacts(container, input.id)
    if (!order) return plan
    plan.entries.push({
      order_id: order.id,
      kind: "order.updated",
      source_key: runKey(`order.updated:${order.id}`, input.event_group_id),
      summary: "Order details updated",
      data: { event_group_id: input.event_group_id ?? null },
    })
    return plan
  }
)
