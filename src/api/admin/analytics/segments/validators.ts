import { z } from "@medusajs/framework/zod"

/** POST /admin/analytics/segments/recompute: no options (group sync follows settings.sync_segments_to_groups). */
export const AdminRecomputeSegments = z.object({}).strict()
export type AdminRecomputeSegmentsType = z.infer<typeof AdminRecomputeSegments>
