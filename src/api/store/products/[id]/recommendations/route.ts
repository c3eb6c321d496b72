import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseQuery } from "../../../../validation"
import { getProductRecommendationsWorkflow } from "../../../../../workflows/analytics/recommendations-get-products"
import { StoreGetProductRecommendations } from "./validators"

/**
 * GET /store/products/:id/recommendations — "frequently bought together"
 * for the publishable key's sales channels (Medusa requires the key on every
 * /store route): published, available products only, most orders together first.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { limit } = parseQuery(StoreGetProductRecommendations, req.query)
  const channels: string[] = (req as any).publishable_key_context?.sales_channel_ids ?? []
  const { result } = await getProductRecommendationsWorkflow(req.scope).run({
    input: { product_id: req.params.id, limit, sales_channel_ids: channels },
  })
  res.json({ products: result })
}
