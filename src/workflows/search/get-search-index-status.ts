import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { getSearchIndexStatusStep } from "./steps/get-search-index-status"

export const getSearchIndexStatusWorkflowId = "search-get-index-status-workflow"

/** Status of a search index for the admin: provider, documents, syncs, progress of a rebuild, freshness. */
export const getSearchIndexStatusWorkflow = createWorkflow(
  getSearchIndexStatusWorkflowId,
  (input: { index: string }) => {
    return new WorkflowResponse(getSearchIndexStatusStep(input))
  }
)
