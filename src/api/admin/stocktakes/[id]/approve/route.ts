import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveStocktakeWorkflow } from "../../../../../workflows/stocktake/approve-stocktake"
import { loadStocktake } from "../../helpers"
import type { AdminApproveStocktakeType } from "../../validators"

/** POST /admin/stocktakes/:id/approve { uncounted?: "require" | "ignore" } — apply the variances to stock. */
export async function POST(req: AuthenticatedMedusaRequest<AdminApproveStocktakeType>, res: MedusaResponse) {
  const { result } = await approveStocktakeWorkflow(req.scope).run({
    input: { stocktake_id: req.params.id, uncounted: req.validatedBody.uncounted, actor: req.auth_context.actor_id },
  })
  res.json({ stocktake: await loadStocktake(req.scope, req.params.id), adjusted: result.adjusted })
}
