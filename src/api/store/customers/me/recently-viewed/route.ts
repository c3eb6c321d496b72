import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseQuery } from "../../../../validation"
import { getRecentlyViewedWorkflow } from "../../../../../workflows/customer-privacy/recently-viewed-get"
import { StoreGetRecentlyViewed } from "./validators"

/**
 * GET /store/customers/me/recently-viewed — the logged-in customer's history,
 * newest first, limited to products this storefront can sell now.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit } = parseQuery(StoreGetRecentlyViewed, req.query)
  const { result } = await getRecentlyViewedWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      limit,
      sales_channel_ids: (req as any).publishable_key_context?.sales_channel_ids ?? [],
    },
  })
  res.json({ products: result, count: result.length })
}
