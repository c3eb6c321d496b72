import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recomputeSegmentsWorkflow } from "../../../../../workflows/analytics/segments-recompute"
import type { AdminRecomputeSegmentsType } from "../validators"

/**
 * POST /admin/analytics/segments/recompute — the nightly RFM recompute, now
 * (and the customer-group sync when settings.sync_segments_to_groups is on).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecomputeSegmentsType>, res: MedusaResponse) {
  const { result } = await recomputeSegmentsWorkflow(req.scope).run({ input: {} })
  res.json({ segments: result })
}
