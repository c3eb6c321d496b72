import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assessOrderFraudStep } from "./steps/assess-fraud"
import { syncOrderExceptionsWorkflow } from "./sync-order-exceptions"

export const assessOrderFraudWorkflowId = "order-exceptions-assess-order-fraud"

/**
 * Placed orders: scores each one's fraud risk once, then syncs their cases (a
 * score at or above the threshold raises high_fraud_risk; cases raised for
 * an order's cart or payment collection before checkout now carry the order).
 */
export const assessOrderFraudWorkflow = createWorkflow(
  assessOrderFraudWorkflowId,
  (input: { order_ids: string[] }) => {
    const assessments = assessOrderFraudStep(input)
    const cases = syncOrderExceptionsWorkflow.runAsStep({ input: { order_ids: input.order_ids } })
    return new WorkflowResponse({ assessments, cases })
  }
)
