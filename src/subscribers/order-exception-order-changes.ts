import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents, OrderEditWorkflowEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { syncOrderExceptions } from "../workflows/order-exceptions/utils/sync-batcher"

type OrderEventData = { id?: string | string[]; order_id?: string }

/** Events whose `id` is a fulfillment, not an order. */
const FULFILLMENT_EVENTS: string[] = [
  FulfillmentWorkflowEvents.SHIPMENT_CREATED,
  FulfillmentWorkflowEvents.DELIVERY_CREATED,
]

/**
 * Any change of an order's state that can raise or close a case (canceled,
 * fulfilled, shipped, delivered, edited, returned...): re-syncs the order's
 * cases. Idempotent: the sync judges the current state.
 */
export default async function orderExceptionOrderChanges({ event, container }: SubscriberArgs<OrderEventData>) {
  const ids = ([] as string[]).concat(event.data.id ?? [])
  if (FULFILLMENT_EVENTS.includes(event.name)) {
    await syncOrderExceptions(container, { fulfillment_ids: ids })
    return
  }
  const orderIds = event.data.order_id ? [event.data.order_id] : ids
  if (!orderIds.length) return
  await syncOrderExceptions(container, { order_ids: orderIds })
}

export const config: SubscriberConfig = {
  event: [
    OrderWorkflowEvents.UPDATED,
    OrderWorkflowEvents.CANCELED,
    OrderWorkflowEvents.COMPLETED,
    OrderWorkflowEvents.ARCHIVED,
    OrderWorkflowEvents.FULFILLMENT_CREATED,
    OrderWorkflowEvents.FULFILLMENT_CANCELED,
    OrderWorkflowEvents.RETURN_RECEIVED,
    OrderWorkflowEvents.CLAIM_CREATED,
    OrderWorkflowEvents.EXCHANGE_CREATED,
    OrderEditWorkflowEvents.CONFIRMED,
    FulfillmentWorkflowEvents.SHIPMENT_CREATED,
    FulfillmentWorkflowEvents.DELIVERY_CREATED,
  ],
  context: { subscriberId: "order-exception-order-changes" },
}
