import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assessOrderFraudStep } from "./steps/assess-fraud"
import { syncOrderExceptionsWorkflow } from "./sync-order-exceptions"

export const assessOrderFraudWorkflowId = "order-exceptions-assess-order-fraud"

/**
 * A placed order: scores its fraud risk once, then syncs its cases (a score
 * at or above the threshold raises high_fraud_risk; cases raised for its cart
 * or payment collection before checkout now carry the order).
 */
export const assessOrderFraudWorkflow = createWorkflow(assessOrderFraudWorkflowId, (input: { order_id: string }) => {
  const assessed = assessOrderFraudStep(input)
  const orderIds = transform({ input }, ({ input }) => [input.order_id])
  const cases = syncOrderExceptionsWorkflow.runAsStep({ input: { order_ids: orderIds } })
  return new WorkflowResponse({ assessment: assessed, cases })
})
