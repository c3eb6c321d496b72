import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CreateSupplierInput, createSuppliersStep } from "./steps/create-suppliers"

export const createSupplierWorkflowId = "purchasing-create-supplier"

/** Creates one supplier. */
export const createSupplierWorkflow = createWorkflow(createSupplierWorkflowId, (input: CreateSupplierInput) => {
  const suppliers = createSuppliersStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(transform({ suppliers }, ({ suppliers }) => suppliers[0]))
})
