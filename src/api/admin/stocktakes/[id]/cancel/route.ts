import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelStocktakeWorkflow } from "../../../../../workflows/stocktake/cancel-stocktake"
import { loadStocktake } from "../../helpers"

/** POST /admin/stocktakes/:id/cancel — stop a counting stocktake; stock is not changed. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await cancelStocktakeWorkflow(req.scope).run({
    input: { stocktake_id: req.params.id, actor: req.auth_context.actor_id },
  })
  res.json({ stocktake: await loadStocktake(req.scope, req.params.id) })
}
