import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PURCHASING_MODULE } from "../../../../modules/purchasing"
import type PurchasingModuleService from "../../../../modules/purchasing/service"
import { deleteSupplierWorkflow } from "../../../../workflows/purchasing/delete-supplier"
import { updateSupplierWorkflow } from "../../../../workflows/purchasing/update-supplier"
import type { AdminUpdateSupplierType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const purchasing: PurchasingModuleService = req.scope.resolve(PURCHASING_MODULE)
  res.json({ supplier: await purchasing.retrieveSupplier(req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateSupplierType>, res: MedusaResponse) {
  const { result } = await updateSupplierWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ supplier: result })
}

/** DELETE /admin/suppliers/:id — refused while the supplier has open purchase orders. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteSupplierWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "supplier", deleted: true })
}
