import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type UpdateSupplierInput, updateSupplierStep } from "./steps/update-supplier"

export const updateSupplierWorkflowId = "purchasing-update-supplier"

/** Updates one supplier's details. */
export const updateSupplierWorkflow = createWorkflow(updateSupplierWorkflowId, (input: UpdateSupplierInput) => {
  return new WorkflowResponse(updateSupplierStep(input))
})
