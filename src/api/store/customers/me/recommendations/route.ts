import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseQuery } from "../../../../validation"
import { getCustomerRecommendationsWorkflow } from "../../../../../workflows/customer-privacy/recommendations-get"
import { StoreGetCustomerRecommendations } from "./validators"

/**
 * GET /store/customers/me/recommendations — personalised picks for the
 * logged-in customer (empty without the personalisation consent).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit } = parseQuery(StoreGetCustomerRecommendations, req.query)
  const { result } = await getCustomerRecommendationsWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      limit,
      sales_channel_ids: (req as any).publishable_key_context?.sales_channel_ids ?? [],
    },
  })
  res.json({ products: result, count: result.length })
}
