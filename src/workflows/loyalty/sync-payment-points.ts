import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { syncOrderPointsWorkflow } from "./sync-order-points"

export const syncPaymentPointsWorkflowId = "loyalty-sync-payment-points"

/** `payment.captured` / `payment.refunded` carry a payment id: find its order and sync it. */
export const syncPaymentPointsWorkflow = createWorkflow(
  syncPaymentPointsWorkflowId,
  (input: { payment_id: string }) => {
    const { data: payments } = useQueryGraphStep({
      entity: "payment",
      fields: ["id", "payment_collection.order.id"],
      filters: { id: input.payment_id },
    })
    const orderId = transform(
      { payments },
      ({ payments }) => (payments[0] as any)?.payment_collection?.order?.id ?? null
    )
    when({ orderId }, ({ orderId }) => Boolean(orderId)).then(() => {
      syncOrderPointsWorkflow.runAsStep({ input: { order_id: orderId as unknown as string } })
    })
    return new WorkflowResponse({ order_id: orderId })
  }
)
