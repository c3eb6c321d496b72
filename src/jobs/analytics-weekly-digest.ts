import type { MedusaContainer } from "@medusajs/framework/types"
import { sendWeeklyDigestWorkflow } from "../workflows/analytics/digest-send-weekly"

/**
 * Mondays at 08:00 (server time): last week's analytics digest on the admin
 * feed, when settings.weekly_digest is on. Sent once per ISO week even if the
 * job runs twice (idempotency key per week, one run at a time).
 */
export default async function analyticsWeeklyDigest(container: MedusaContainer) {
  await sendWeeklyDigestWorkflow(container).run({ input: {} })
}

export const config = {
  name: "analytics-weekly-digest",
  schedule: "0 8 * * 1",
}
