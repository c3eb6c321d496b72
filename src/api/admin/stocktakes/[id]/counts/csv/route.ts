import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordStocktakeCountsWorkflow } from "../../../../../../workflows/stocktake/record-counts"
import { loadStocktake } from "../../../helpers"
import type { AdminUploadStocktakeCsvType } from "../../../validators"

/**
 * POST /admin/stocktakes/:id/counts/csv { csv: "sku,counted_quantity\n..." } — a count sheet.
 * Any bad row is a 400 naming every bad line, and nothing is written.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminUploadStocktakeCsvType>, res: MedusaResponse) {
  const { result } = await recordStocktakeCountsWorkflow(req.scope).run({
    input: { stocktake_id: req.params.id, csv: req.validatedBody.csv, actor: req.auth_context.actor_id },
  })
  res.json({ stocktake: await loadStocktake(req.scope, req.params.id), updated: result.updated })
}
