import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unsubscribeBackInStockWorkflow } from "../../../../workflows/inventory/unsubscribe-back-in-stock"
import { parseQuery } from "../../../validation"
import { StoreDeleteBackInStockSubscription } from "../validators"

/** DELETE /store/back-in-stock-subscriptions/:id — by the customer who owns it, or with `?token=` (guests). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { token } = parseQuery(StoreDeleteBackInStockSubscription, req.query)
  await unsubscribeBackInStockWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: req.auth_context?.actor_id ?? null, token: token ?? null },
  })
  res.json({ id: req.params.id, object: "back_in_stock_subscription", deleted: true })
}
