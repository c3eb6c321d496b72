import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recomputeCatalogQualityWorkflow } from "../../../../workflows/catalog-quality/recompute-scores"
import type { AdminRecomputeCatalogQualityType } from "../validators"

/** POST /admin/catalog-quality/recompute — recomputes the given products' scores, or the whole catalog's. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecomputeCatalogQualityType>, res: MedusaResponse) {
  const { result } = await recomputeCatalogQualityWorkflow(req.scope).run({
    input: req.validatedBody.product_ids ? { product_ids: req.validatedBody.product_ids } : {},
  })
  res.json({ recompute: result })
}
