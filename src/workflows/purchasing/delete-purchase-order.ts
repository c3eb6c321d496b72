import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { deletePurchaseOrderStep } from "./steps/delete-purchase-order"
import { loadPurchaseOrderStep } from "./steps/load-purchase-order"
import { purchaseOrderLockKey } from "./lock"

export const deletePurchaseOrderWorkflowId = "purchasing-delete-purchase-order"

/** Deletes a draft order (an ordered one is canceled instead, so its history stays). */
export const deletePurchaseOrderWorkflow = createWorkflow(deletePurchaseOrderWorkflowId, (input: { id: string }) => {
  const key = transform({ input }, ({ input }) => purchaseOrderLockKey(input.id))
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  loadPurchaseOrderStep(
    transform({ input }, ({ input }) => ({ id: input.id, statuses: ["draft" as const], action: "delete" }))
  )
  const id = deletePurchaseOrderStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(id)
})
