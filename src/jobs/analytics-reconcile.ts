import type { MedusaContainer } from "@medusajs/framework/types"
import { reconcileAnalyticsWorkflow } from "../workflows/analytics/reconcile"

/** Nightly: rollups = sum of facts and facts = Medusa's orders on a sample of days; drift is repaired and reported. */
export default async function analyticsReconcile(container: MedusaContainer) {
  await reconcileAnalyticsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "analytics-reconcile",
  schedule: "30 3 * * *",
}
