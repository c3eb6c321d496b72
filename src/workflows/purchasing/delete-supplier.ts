import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteSupplierStep } from "./steps/delete-supplier"

export const deleteSupplierWorkflowId = "purchasing-delete-supplier"

/** Removes a supplier with its item costs; refused while it has open orders. Past orders keep its id. */
export const deleteSupplierWorkflow = createWorkflow(deleteSupplierWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(deleteSupplierStep(input))
})
