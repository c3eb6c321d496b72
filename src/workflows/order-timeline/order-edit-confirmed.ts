import { Modules } from "@medusajs/framework/utils"
import { formatMoney } from "../order-notifications/utils/format"
import { loadOrderFacts, runKey } from "./utils/facts"
import { defineTimelineWorkflow, emptyPlan } from "./utils/define-timeline-workflow"

export const recordOrderEditConfirmedWorkflowId = "order-timeline-record-order-edit-confirmed"

type Input = { order_id: string; actions?: { id?: string; order_change_id?: string; action?: string }[] }

/**
 * order-edit.confirmed: `{ order_id, actions }`. Keyed by the order change
 * the actions belong to (one confirmation each), else by the event's run.
 */
export const recordOrderEditConfirmedWorkflow = defineTimelineWorkflow<Input>(
  recordOrderEditConfirmedWorkflowId,
  async (input, container) => {
    const plan = emptyPlan()
    const order = await loadOrderFacts(container, input.order_id)
    if (!order) return plan
    const orderModule = container.resolve(Modules.ORDER)
    // The event's actions carry their ids, not always their change's: find the change through an action.
    let changeId = input.actions?.find((a) => a.order_change_id)?.order_change_id ?? null
    const actionId = input.actions?.find((a) => a.id)?.id
    if (!changeId && actionId) {
      const [action] = await orderModule.listOrderChangeActions({ id: actionId }, { select: ["id", "order_change_id"] })
      changeId = action?.order_change_id ?? null
    }
    const [change] = changeId
      ? await orderModule.listOrderChanges(
          { id: changeId },
          { select: ["id", "confirmed_by", "confirmed_at", "change_type"] }
        )
      : []
    const n = input.actions?.length ?? 0
    plan.entries.push({
      order_id: order.id,
      kind: "order_edit.confirmed",
      source_key: changeId
        ? `order_edit.confirmed:${changeId}`
        : runKey(`order_edit.confirmed:${order.id}`, input.event_group_id),
      occurred_at: (change as any)?.confirmed_at ?? undefined,
      amount: order.total,
      currency_code: order.currency_code,
      actor: (change as any)?.confirmed_by ?? null,
      summary: `Order edit confirmed: ${n} change${n === 1 ? "" : "s"}, new total ${formatMoney(order.total, order.currency_code)}`,
      data: { order_change_id: changeId, actions: (input.actions ?? []).map((a) => a.action).filter(Boolean) },
    })
    return plan
  }
)
