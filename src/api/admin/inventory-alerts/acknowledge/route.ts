import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transitionAlertsWorkflow } from "../../../../workflows/inventory/transition-alerts"
import type { AdminTransitionInventoryAlertsType } from "../validators"

/** POST /admin/inventory-alerts/acknowledge — bulk; alerts already further along are left as they are. */
export async function POST(req: AuthenticatedMedusaRequest<AdminTransitionInventoryAlertsType>, res: MedusaResponse) {
  const { result } = await transitionAlertsWorkflow(req.scope).run({
    input: { ...req.validatedBody, to: "acknowledged", actor: req.auth_context.actor_id },
  })
  res.json({ inventory_alerts: result, updated: result.length })
}
