import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STOCKTAKE_MODULE } from "../../../../modules/stocktake"
import type StocktakeModuleService from "../../../../modules/stocktake/service"
import { parseQuery } from "../../../validation"
import { loadStocktake } from "../helpers"
import { AdminGetStocktake } from "../validators"

/** GET /admin/stocktakes/:id?lines_limit&lines_offset — the stocktake with a page of its lines (by SKU). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { lines_limit, lines_offset } = parseQuery(AdminGetStocktake, req.query)
  const stocktake = await loadStocktake(req.scope, req.params.id)
  const service: StocktakeModuleService = req.scope.resolve(STOCKTAKE_MODULE)
  const lines = await service.listStocktakeLines(
    { stocktake_id: stocktake.id },
    { order: { sku: "ASC", id: "ASC" }, skip: lines_offset, take: lines_limit }
  )
  res.json({ stocktake: { ...stocktake, lines, lines_offset, lines_limit } })
}
