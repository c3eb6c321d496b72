import { Modules } from "@medusajs/framework/utils"
import { formatMoney } from "../order-notifications/utils/format"
import { loadOrderFacts } from "./utils/facts"
import { defineTimelineWorkflow, emptyPlan } from "./utils/define-timeline-workflow"

export const recordReturnReceivedWorkflowId = "order-timeline-record-return-received"

/** order.return_received: `{ order_id, return_id }`. */
export const recordReturnReceivedWorkflow = defineTimelineWorkflow<{ order_id: string; return_id: string }>(
  recordReturnReceivedWorkflowId,
  async (input, container) => {
    const plan = emptyPlan()
    const [ret] = await container
      .resolve(Modules.ORDER)
      .listReturns(
        { id: input.return_id },
        { select: ["id", "order_id", "refund_amount", "received_at", "display_id"] }
      )
    const order = await loadOrderFacts(container, ret?.order_id ?? input.order_id)
    if (!ret || !order) return plan
    const amount = ret.refund_amount === null || ret.refund_amount === undefined ? null : String(ret.refund_amount)
    plan.entries.push({
      order_id: order.id,
      kind: "return.received",
      source_key: `return.received:${ret.id}`,
      occurred_at: (ret as any).received_at ?? undefined,
      amount,
      currency_code: amount === null ? null : order.currency_code,
      summary: `Return #${ret.display_id} received${amount ? `, refund due ${formatMoney(amount, order.currency_code)}` : ""}`,
      data: { return_id: ret.id },
    })
    return plan
  }
)
