import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordSearchClickWorkflow } from "../../../workflows/search/record-search-click"
import type { StoreCreateSearchClickType } from "./validators"

/**
 * POST /store/search-clicks — the storefront reports a click on a search hit
 * (the search's id from `search_ids`, the product, its position). Counted
 * once per search and product, however often it is reported. No shopper
 * data is stored with it.
 */
export async function POST(req: MedusaRequest<StoreCreateSearchClickType>, res: MedusaResponse) {
  const body = req.validatedBody
  const { result } = await recordSearchClickWorkflow(req.scope).run({
    input: { search_id: body.search_id, product_id: body.product_id, position: body.position ?? null },
  })
  res.status(result.created ? 201 : 200).json({
    search_click: {
      id: result.id,
      search_id: result.search_id,
      product_id: result.product_id,
      position: result.position,
      created_at: result.created_at,
    },
  })
}
