import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { pruneSearchLogsStep } from "./steps/prune-search-logs"

export const pruneSearchLogsWorkflowId = "search-prune-logs-workflow"

/** Search analytics retention: logs older than `retention_days` are deleted. */
export const pruneSearchLogsWorkflow = createWorkflow(
  pruneSearchLogsWorkflowId,
  (input: { retention_days: number }) => new WorkflowResponse(pruneSearchLogsStep(input))
)
