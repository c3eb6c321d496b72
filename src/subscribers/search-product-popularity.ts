import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderEditWorkflowEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { refreshProductPopularity } from "../workflows/search/utils/product-popularity-batcher"

type OrderEvent = { id?: string; order_id?: string }

/**
 * Units sold of an order's products, for the "best selling" sort: the
 * order's contribution is read again from the order tables when it is
 * placed, canceled, edited, or gets returns, claims or exchanges, and its
 * products move by the difference. Redelivered events find no difference
 * and change nothing. Batched with the orders changing meanwhile.
 */
export default async function searchProductPopularity({ event, container }: SubscriberArgs<OrderEvent>) {
  const orderId = event.data.order_id ?? event.data.id
  if (!orderId) return
  await refreshProductPopularity(container, orderId)
}

export const config: SubscriberConfig = {
  event: [
    OrderWorkflowEvents.PLACED,
    OrderWorkflowEvents.CANCELED,
    OrderWorkflowEvents.RETURN_RECEIVED,
    OrderWorkflowEvents.CLAIM_CREATED,
    OrderWorkflowEvents.EXCHANGE_CREATED,
    OrderEditWorkflowEvents.CONFIRMED,
  ],
  context: { subscriberId: "search-product-popularity" },
}
