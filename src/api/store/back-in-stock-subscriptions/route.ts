import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { subscribeBackInStockWorkflow } from "../../../workflows/inventory/subscribe-back-in-stock"
import type { StoreCreateBackInStockSubscriptionType } from "./validators"

export const publicSubscription = (s: Record<string, any>) => ({
  id: s.id,
  variant_id: s.variant_id,
  sales_channel_id: s.sales_channel_id,
  email: s.email,
  status: s.status,
  notified_at: s.notified_at ?? null,
  created_at: s.created_at,
})

/**
 * POST /store/back-in-stock-subscriptions — ask to be told when an
 * out-of-stock variant is back. Guests give an e-mail; a logged-in
 * customer's account e-mail is used by default. The response carries the
 * unsubscribe token, once.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreCreateBackInStockSubscriptionType>,
  res: MedusaResponse
) {
  const body = req.validatedBody
  const channels: string[] = (req as any).publishable_key_context?.sales_channel_ids ?? []
  const salesChannelId = body.sales_channel_id ?? channels[0]
  if (!salesChannelId || !channels.includes(salesChannelId)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The sales channel is not available for this publishable key")
  }
  const customerId = req.auth_context?.actor_id ?? null
  let email = body.email
  if (!email && customerId) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["email"], filters: { id: customerId } })
    email = data[0]?.email?.toLowerCase()
  }
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "email is required")
  const { result } = await subscribeBackInStockWorkflow(req.scope).run({
    input: { variant_id: body.variant_id, sales_channel_id: salesChannelId, email, customer_id: customerId },
  })
  res.status(result.created ? 201 : 200).json({
    back_in_stock_subscription: publicSubscription(result.subscription),
    unsubscribe_token: result.token,
  })
}
