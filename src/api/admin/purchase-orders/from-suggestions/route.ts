import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PURCHASING_MODULE } from "../../../../modules/purchasing"
import type PurchasingModuleService from "../../../../modules/purchasing/service"
import { createPurchaseOrdersFromSuggestionsWorkflow } from "../../../../workflows/purchasing/create-purchase-orders-from-suggestions"
import { withSuppliers } from "../helpers"
import type { AdminCreatePurchaseOrdersFromSuggestionsType } from "../validators"

/** POST /admin/purchase-orders/from-suggestions — one draft per supplier from replenishment suggestions. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreatePurchaseOrdersFromSuggestionsType>,
  res: MedusaResponse
) {
  const { result } = await createPurchaseOrdersFromSuggestionsWorkflow(req.scope).run({
    input: { ...req.validatedBody, created_by: req.auth_context.actor_id },
  })
  const purchasing: PurchasingModuleService = req.scope.resolve(PURCHASING_MODULE)
  const orders = await purchasing.listPurchaseOrders({ id: result.map((o) => o.id) }, { relations: ["lines"] })
  res.status(201).json({ purchase_orders: await withSuppliers(req.scope, orders) })
}
