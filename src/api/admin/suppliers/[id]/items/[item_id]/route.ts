import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteSupplierItemWorkflow } from "../../../../../../workflows/purchasing/delete-supplier-item"

/** DELETE /admin/suppliers/:id/items/:item_id — by supplier item id or inventory item id. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await deleteSupplierItemWorkflow(req.scope).run({
    input: { supplier_id: req.params.id, id: req.params.item_id },
  })
  res.json({ id: result, object: "supplier_item", deleted: true })
}
