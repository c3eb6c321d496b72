import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SearchClickInput } from "../../modules/search-insight/types"
import { recordSearchClickStep } from "./steps/record-search-click"

export const recordSearchClickWorkflowId = "search-record-click-workflow"

/** A storefront reports that the shopper opened a hit of a search (`POST /store/search-clicks`). */
export const recordSearchClickWorkflow = createWorkflow(recordSearchClickWorkflowId, (input: SearchClickInput) => {
  const click = recordSearchClickStep(input)
  return new WorkflowResponse(click)
})
