import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STOCKTAKE_MODULE } from "../../../../../modules/stocktake"
import type StocktakeModuleService from "../../../../../modules/stocktake/service"
import { computeVariance } from "../../../../../modules/stocktake/utils/variance"

/**
 * GET /admin/stocktakes/:id/variance — per counted line expected, counted,
 * variance and its value at unit cost; money totals per currency; the
 * uncounted lines.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: StocktakeModuleService = req.scope.resolve(STOCKTAKE_MODULE)
  const stocktake = await service.retrieveStocktake(req.params.id)
  const lines = await service.listStocktakeLines({ stocktake_id: stocktake.id }, { order: { sku: "ASC", id: "ASC" } })
  const report = computeVariance(lines as any)
  res.json({
    variance: { stocktake_id: stocktake.id, status: stocktake.status, location_id: stocktake.location_id, ...report },
  })
}
