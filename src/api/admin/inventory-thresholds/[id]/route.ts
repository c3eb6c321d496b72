import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteThresholdWorkflow } from "../../../../workflows/inventory/delete-threshold"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteThresholdWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "inventory_threshold", deleted: true })
}
