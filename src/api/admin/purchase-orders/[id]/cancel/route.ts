import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelPurchaseOrderWorkflow } from "../../../../../workflows/purchasing/cancel-purchase-order"
import { retrievePurchaseOrderDetail } from "../../helpers"

/** POST /admin/purchase-orders/:id/cancel — what is still expected leaves incoming stock. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await cancelPurchaseOrderWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ purchase_order: await retrievePurchaseOrderDetail(req.scope, req.params.id) })
}
