import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recomputeScoresStep, type RecomputeScoresStepInput } from "./steps/recompute-scores"

export const recomputeCatalogQualityWorkflowId = "catalog-quality-recompute-scores"

/**
 * Recomputes the quality scores of products (given directly, or through
 * their variants or inventory levels) and of the products their duplicate
 * checks involve; with no ids, of the whole catalog. Idempotent.
 */
export const recomputeCatalogQualityWorkflow = createWorkflow(
  recomputeCatalogQualityWorkflowId,
  (input: RecomputeScoresStepInput) => new WorkflowResponse(recomputeScoresStep(input))
)
