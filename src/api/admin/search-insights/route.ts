import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SEARCH_INSIGHT_MODULE } from "../../../modules/search-insight"
import type SearchInsightModuleService from "../../../modules/search-insight/service"
import { reportWindow } from "../../../modules/search-insight/utils/report"
import { PRODUCT_INDEX } from "../../../search/_config"
import { parseQuery } from "../../validation"
import { AdminGetSearchInsights } from "./validators"

/**
 * GET /admin/search-insights?days=30&limit=10 — store search analytics over
 * the last `days` days: searches, zero-result rate, click-through rate,
 * latency percentiles, top queries and queries that found nothing.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { days, limit } = parseQuery(AdminGetSearchInsights, req.query)
  const service: SearchInsightModuleService = req.scope.resolve(SEARCH_INSIGHT_MODULE)
  const report = await service.getSearchReport({ ...reportWindow(days), limit, index_name: PRODUCT_INDEX })
  res.json({ search_insights: { days, ...report } })
}
