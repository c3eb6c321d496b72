import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STOCKTAKE_MODULE } from "../../../../../modules/stocktake"
import type StocktakeModuleService from "../../../../../modules/stocktake/service"
import { parseQuery } from "../../../../validation"
import { AdminListStocktakeLines } from "../../validators"

/** GET /admin/stocktakes/:id/lines?q&counted — lines by SKU, searchable, filterable by counted or not. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q, counted, limit, offset } = parseQuery(AdminListStocktakeLines, req.query)
  const service: StocktakeModuleService = req.scope.resolve(STOCKTAKE_MODULE)
  await service.retrieveStocktake(req.params.id, { select: ["id"] })
  const filters: Record<string, unknown> = { stocktake_id: req.params.id }
  if (counted === "true") filters.counted_quantity = { $ne: null }
  if (counted === "false") filters.counted_quantity = null
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    filters.$or = [{ sku: { $ilike: pattern } }, { title: { $ilike: pattern } }]
  }
  const [stocktake_lines, count] = await service.listAndCountStocktakeLines(filters, {
    order: { sku: "ASC", id: "ASC" },
    skip: offset,
    take: limit,
  })
  res.json({ stocktake_lines, count, offset, limit })
}
