import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STOCKTAKE_MODULE } from "../../../modules/stocktake"
import type StocktakeModuleService from "../../../modules/stocktake/service"
import { createStocktakeWorkflow } from "../../../workflows/stocktake/create-stocktake"
import { parseQuery } from "../../validation"
import { loadStocktake } from "./helpers"
import { AdminListStocktakes, type AdminCreateStocktakeType } from "./validators"

/** GET /admin/stocktakes?status&location_id — newest first, with line and counted counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, location_id, limit, offset } = parseQuery(AdminListStocktakes, req.query)
  const service: StocktakeModuleService = req.scope.resolve(STOCKTAKE_MODULE)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (location_id) filters.location_id = location_id
  const [stocktakes, count] = await service.listAndCountStocktakes(filters, {
    order: { created_at: "DESC" },
    skip: offset,
    take: limit,
  })
  const stats = await service.lineStats(stocktakes.map((s) => s.id))
  res.json({ stocktakes: stocktakes.map((s) => ({ ...s, ...stats[s.id] })), count, offset, limit })
}

/** POST /admin/stocktakes { location_id, inventory_item_ids?, name?, notes? } — snapshot the expected quantities. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateStocktakeType>, res: MedusaResponse) {
  const { result } = await createStocktakeWorkflow(req.scope).run({
    input: { ...req.validatedBody, created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ stocktake: await loadStocktake(req.scope, result.id) })
}
