import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getInventoryInsightsWorkflow } from "../../../../../workflows/inventory/get-inventory-insights"

/** GET /admin/inventory-items/:id/inventory-insights — thresholds, alerts, velocity, cover and recent ledger of one item. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await getInventoryInsightsWorkflow(req.scope).run({ input: { inventory_item_id: req.params.id } })
  res.json({ insights: result })
}
