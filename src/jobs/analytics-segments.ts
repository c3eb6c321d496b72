import type { MedusaContainer } from "@medusajs/framework/types"
import { recomputeSegmentsWorkflow } from "../workflows/analytics/segments-recompute"

/**
 * Nightly at 02:30 (server time): RFM segments from the customer facts, and
 * the "RFM: <segment>" customer groups when settings.sync_segments_to_groups
 * is on. Safe to run twice or to overlap the admin's recompute (one lock).
 */
export default async function analyticsSegments(container: MedusaContainer) {
  await recomputeSegmentsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "analytics-segments",
  schedule: "30 2 * * *",
}
