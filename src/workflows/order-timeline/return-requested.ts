import { Modules } from "@medusajs/framework/utils"
import { formatMoney } from "../order-notifications/utils/format"
import { loadOrderFacts } from "./utils/facts"
import { defineTimelineWorkflow, emptyPlan } from "./utils/define-timeline-workflow"

export const recordReturnRequestedWorkflowId = "order-timeline-record-return-requested"

/** order.return_requested: `{ order_id, return_id }`. */
export const recordReturnRequestedWorkflow = defineTimelineWorkflow<{ order_id: string; return_id: string }>(
  recordReturnRequestedWorkflowId,
  async (input, container) => {
    const plan = emptyPlan()
    const [ret] = await container
      .resolve(Modules.ORDER)
      .listReturns(
        { id: input.return_id },
        { select: ["id", "order_id", "refund_amount", "created_by", "requested_at", "display_id"] }
      )
    const order = await loadOrderFacts(container, ret?.order_id ?? input.order_id)
    if (!ret || !order) return plan
    const amount = ret.refund_amount === null || ret.refund_amount === undefined ? null : String(ret.refund_amount)
    plan.entries.push({
      order_id: order.id,
      kind: "return.requested",
      source_key: `return.requested:${ret.id}`,
      occurred_at: (ret as any).requested_at ?? undefined,
      amount,
      currency_code: amount === null ? null : order.currency_code,
      actor: ret.created_by ?? null,
      summary: `Return #${ret.display_id} requested${amount ? `, refund ${formatMoney(amount, order.currency_code)}` : ""}`,
      data: { return_id: ret.id },
    })
    return plan
  }
)
