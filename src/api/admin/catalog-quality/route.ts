import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CATALOG_QUALITY_MODULE } from "../../../modules/catalog-quality"
import type CatalogQualityModuleService from "../../../modules/catalog-quality/service"
import { parseQuery } from "../../validation"
import { AdminListCatalogQuality } from "./validators"

/**
 * GET /admin/catalog-quality — score distribution and the fix list: stored
 * scores, published and selling products first, then the lowest scores.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filters } = parseQuery(AdminListCatalogQuality, req.query)
  const service: CatalogQualityModuleService = req.scope.resolve(CATALOG_QUALITY_MODULE)
  const result = await service.listFixList({ ...filters, limit, offset })
  res.json({ ...result, offset, limit })
}
