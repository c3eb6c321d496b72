import { groupCommit, mergeIdLists } from "../../lib/group-commit"
import type { RecomputeScoresStepInput } from "./steps/recompute-scores"
import { recomputeCatalogQualityWorkflow } from "./recompute-scores"

/**
 * Recomputes the quality scores of changed products, variants and stock
 * levels together with the other changes arriving at the same time (a bulk
 * edit or a burst of checkouts). Every input names ids, so the merged input
 * never asks for a full recompute; scores are derived, so merging and
 * re-running change nothing more.
 */
export const recomputeCatalogQuality = groupCommit<RecomputeScoresStepInput>(
  (container, inputs) => recomputeCatalogQualityWorkflow(container).run({ input: mergeIdLists(inputs) }),
  { lingerMs: 250 }
)
