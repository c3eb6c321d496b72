import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getReplenishmentWorkflow } from "../../../workflows/inventory/get-replenishment"
import { parseQuery } from "../../validation"
import { AdminListReplenishment } from "../inventory-alerts/validators"

/** GET /admin/replenishment — reorder suggestions, most urgent first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = parseQuery(AdminListReplenishment, req.query)
  const { result } = await getReplenishmentWorkflow(req.scope).run({ input: params })
  res.json({ ...result, offset: params.offset, limit: params.limit })
}
