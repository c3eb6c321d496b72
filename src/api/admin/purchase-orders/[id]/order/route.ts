import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderPurchaseOrderWorkflow } from "../../../../../workflows/purchasing/order-purchase-order"
import { retrievePurchaseOrderDetail } from "../../helpers"

/** POST /admin/purchase-orders/:id/order — draft -> ordered; quantities become incoming stock. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await orderPurchaseOrderWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ purchase_order: await retrievePurchaseOrderDetail(req.scope, req.params.id) })
}
