import { Modules } from "@medusajs/framework/utils"
import { formatMoney } from "../order-notifications/utils/format"
import { loadOrderFacts } from "./utils/facts"
import { defineTimelineWorkflow, emptyPlan } from "./utils/define-timeline-workflow"

export const recordClaimCreatedWorkflowId = "order-timeline-record-claim-created"

/** order.claim_created: `{ order_id, claim_id }`. */
export const recordClaimCreatedWorkflow = defineTimelineWorkflow<{ order_id: string; claim_id: string }>(
  recordClaimCreatedWorkflowId,
  async (input, container) => {
    const plan = emptyPlan()
    const [claim] = await container
      .resolve(Modules.ORDER)
      .listOrderClaims(
        { id: input.claim_id },
        { select: ["id", "order_id", "type", "refund_amount", "created_by", "created_at", "display_id"] }
      )
    const order = await loadOrderFacts(container, claim?.order_id ?? input.order_id)
    if (!claim || !order) return plan
    const amount =
      claim.refund_amount === null || claim.refund_amount === undefined ? null : String(claim.refund_amount)
    plan.entries.push({
      order_id: order.id,
      kind: "claim.created",
      source_key: `claim.created:${claim.id}`,
      occurred_at: claim.created_at,
      amount,
      currency_code: amount === null ? null : order.currency_code,
      actor: claim.created_by ?? null,
      summary: `Claim #${claim.display_id} (${claim.type}) created${amount ? `, refund ${formatMoney(amount, order.currency_code)}` : ""}`,
      data: { claim_id: claim.id, type: claim.type },
    })
    return plan
  }
)
