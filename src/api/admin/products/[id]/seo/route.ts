import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getProductSeoWorkflow } from "../../../../../workflows/catalog-quality/get-product-seo"
import { updateProductSeoWorkflow } from "../../../../../workflows/catalog-quality/update-product-seo"
import type { AdminUpdateProductSeoType } from "./validators"

/** GET /admin/products/:id/seo — the SEO fields with length guidance (meta title ≤ 60, description ≤ 160). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await getProductSeoWorkflow(req.scope).run({ input: { product_id: req.params.id } })
  res.json({ product_seo: result })
}

/** POST /admin/products/:id/seo — sets the given fields (null or an empty text clears one), then rescores the product. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateProductSeoType>, res: MedusaResponse) {
  const body = Object.fromEntries(
    Object.entries(req.validatedBody).map(([k, v]) => [k, typeof v === "string" && v === "" ? null : v])
  )
  const { result } = await updateProductSeoWorkflow(req.scope).run({ input: { ...body, product_id: req.params.id } })
  res.json({ product_seo: result })
}
