import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adjustStockWorkflow } from "../../../../../workflows/inventory/adjust-stock"
import type { AdminAdjustStockType } from "../../../inventory-alerts/validators"

/** POST /admin/inventory-items/:id/stock-adjustments — a stock edit with a reason, recorded in the ledger. */
export async function POST(req: AuthenticatedMedusaRequest<AdminAdjustStockType>, res: MedusaResponse) {
  const { result } = await adjustStockWorkflow(req.scope).run({
    input: { ...req.validatedBody, inventory_item_id: req.params.id, actor: req.auth_context.actor_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "inventory_level",
    fields: ["id", "inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity", "incoming_quantity"],
    filters: { id: result.level_id },
  })
  res.json({ inventory_level: data[0] })
}
