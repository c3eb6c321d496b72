import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { getProductSearchStatusStep } from "./steps/get-product-search-status"

export const getProductSearchStatusWorkflowId = "search-get-product-status-workflow"

/** A product and its search document: indexed, stale, missing, or (unpublished) not indexed. */
export const getProductSearchStatusWorkflow = createWorkflow(
  getProductSearchStatusWorkflowId,
  (input: { product_id: string }) => new WorkflowResponse(getProductSearchStatusStep(input))
)
