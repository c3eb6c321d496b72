import type { MedusaContainer } from "@medusajs/framework/types"
import { runLoyaltyMaintenanceWorkflow } from "../workflows/loyalty/run-maintenance"

/** Hourly: release due pending points, expire old lots, free points held by abandoned carts. */
export default async function loyaltyMaintenance(container: MedusaContainer) {
  await runLoyaltyMaintenanceWorkflow(container).run({ input: {} })
}

export const config = {
  name: "loyalty-maintenance",
  schedule: "17 * * * *",
}
