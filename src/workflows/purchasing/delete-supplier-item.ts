import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteSupplierItemStep } from "./steps/delete-supplier-item"

export const deleteSupplierItemWorkflowId = "purchasing-delete-supplier-item"

/** Removes one item cost of a supplier (by supplier item id or inventory item id). */
export const deleteSupplierItemWorkflow = createWorkflow(
  deleteSupplierItemWorkflowId,
  (input: { supplier_id: string; id: string }) => {
    return new WorkflowResponse(deleteSupplierItemStep(input))
  }
)
