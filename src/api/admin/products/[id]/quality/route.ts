import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getProductQualityWorkflow } from "../../../../../workflows/catalog-quality/get-product-quality"

/** GET /admin/products/:id/quality — the product's score as of now, what to fix, and the publish gate's verdict. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await getProductQualityWorkflow(req.scope).run({ input: { product_id: req.params.id } })
  res.json({ product_quality: result })
}
