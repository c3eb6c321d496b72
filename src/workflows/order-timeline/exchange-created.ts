import { Modules } from "@medusajs/framework/utils"
import { formatMoney } from "../order-notifications/utils/format"
import { loadOrderFacts } from "./utils/facts"
import { defineTimelineWorkflow, emptyPlan } from "./utils/define-timeline-workflow"

export const recordExchangeCreatedWorkflowId = "order-timeline-record-exchange-created"

/** order.exchange_created: `{ order_id, exchange_id }`. */
export const recordExchangeCreatedWorkflow = defineTimelineWorkflow<{ order_id: string; exchange_id: string }>(
  recordExchangeCreatedWorkflowId,
  async (input, container) => {
    const plan = emptyPlan()
    const [exchange] = await container
      .resolve(Modules.ORDER)
      .listOrderExchanges(
        { id: input.exchange_id },
        { select: ["id", "order_id", "difference_due", "created_by", "created_at", "display_id"] }
      )
    const order = await loadOrderFacts(container, exchange?.order_id ?? input.order_id)
    if (!exchange || !order) return plan
    const due =
      exchange.difference_due === null || exchange.difference_due === undefined ? null : String(exchange.difference_due)
    plan.entries.push({
      order_id: order.id,
      kind: "exchange.created",
      source_key: `exchange.created:${exchange.id}`,
      occurred_at: exchange.created_at,
      amount: due,
      currency_code: due === null ? null : order.currency_code,
      actor: exchange.created_by ?? null,
      summary: `Exchange #${exchange.display_id} created${due ? `, difference due ${formatMoney(due, order.currency_code)}` : ""}`,
      data: { exchange_id: exchange.id },
    })
    return plan
  }
)
