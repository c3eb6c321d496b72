import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CATALOG_QUALITY_MODULE } from "../../../../modules/catalog-quality"
import type CatalogQualityModuleService from "../../../../modules/catalog-quality/service"
import { COMPLETENESS_WEIGHTS, CONSISTENCY_WEIGHTS } from "../../../../modules/catalog-quality/utils/score"
import { updateCatalogQualitySettingsWorkflow } from "../../../../workflows/catalog-quality/update-settings"
import type { AdminUpdateCatalogQualitySettingsType } from "../validators"

const DEFAULT_WEIGHTS = { ...COMPLETENESS_WEIGHTS, ...CONSISTENCY_WEIGHTS }

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: CatalogQualityModuleService = req.scope.resolve(CATALOG_QUALITY_MODULE)
  res.json({ settings: await service.getSettings(), default_weights: DEFAULT_WEIGHTS })
}

/** POST /admin/catalog-quality/settings — a change to the checks recomputes every score. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCatalogQualitySettingsType>, res: MedusaResponse) {
  const { result } = await updateCatalogQualitySettingsWorkflow(req.scope).run({ input: req.validatedBody as any })
  res.json({ settings: result, default_weights: DEFAULT_WEIGHTS })
}
