import type { MedusaContainer } from "@medusajs/framework/types"
import { pruneSearchLogsWorkflow } from "../workflows/search/prune-search-logs"

/** Search analytics are kept SEARCH_LOG_RETENTION_DAYS days (default 180). */
export function retentionDays(env: Record<string, string | undefined> = process.env) {
  const days = Number(env.SEARCH_LOG_RETENTION_DAYS)
  return Number.isInteger(days) && days >= 1 ? days : 180
}

/** Daily at 03:40: deletes search logs and clicks past the retention period. */
export default async function searchInsightRetention(container: MedusaContainer) {
  await pruneSearchLogsWorkflow(container).run({ input: { retention_days: retentionDays() } })
}

export const config = {
  name: "search-insight-retention",
  schedule: "40 3 * * *",
}
