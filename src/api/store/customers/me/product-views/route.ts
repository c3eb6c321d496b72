import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordProductViewWorkflow } from "../../../../../workflows/customer-privacy/product-view-record"
import type { StoreRecordProductViewType } from "./validators"

/**
 * POST /store/customers/me/product-views — records a product view for the
 * logged-in customer; `recorded: false` (still 200) without the
 * personalisation consent. 400 for a product this storefront does not show.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreRecordProductViewType>, res: MedusaResponse) {
  const { result } = await recordProductViewWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      product_id: req.validatedBody.product_id,
      sales_channel_ids: (req as any).publishable_key_context?.sales_channel_ids ?? [],
    },
  })
  res.json({ product_id: req.validatedBody.product_id, recorded: result.recorded })
}
