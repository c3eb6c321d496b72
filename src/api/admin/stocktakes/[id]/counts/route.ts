import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordStocktakeCountsWorkflow } from "../../../../../workflows/stocktake/record-counts"
import { loadStocktake } from "../../helpers"
import type { AdminRecordStocktakeCountsType } from "../../validators"

/** POST /admin/stocktakes/:id/counts { counts: [{ inventory_item_id | sku, counted_quantity }] } — all or nothing. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecordStocktakeCountsType>, res: MedusaResponse) {
  const { result } = await recordStocktakeCountsWorkflow(req.scope).run({
    input: { stocktake_id: req.params.id, counts: req.validatedBody.counts, actor: req.auth_context.actor_id },
  })
  res.json({ stocktake: await loadStocktake(req.scope, req.params.id), updated: result.updated })
}
