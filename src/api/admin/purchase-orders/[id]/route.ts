import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deletePurchaseOrderWorkflow } from "../../../../workflows/purchasing/delete-purchase-order"
import { updatePurchaseOrderWorkflow } from "../../../../workflows/purchasing/update-purchase-order"
import { retrievePurchaseOrderDetail } from "../helpers"
import type { AdminUpdatePurchaseOrderType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ purchase_order: await retrievePurchaseOrderDetail(req.scope, req.params.id) })
}

/** POST /admin/purchase-orders/:id — edit a draft (`lines` replaces all lines). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdatePurchaseOrderType>, res: MedusaResponse) {
  await updatePurchaseOrderWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ purchase_order: await retrievePurchaseOrderDetail(req.scope, req.params.id) })
}

/** DELETE /admin/purchase-orders/:id — drafts only. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deletePurchaseOrderWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "purchase_order", deleted: true })
}
