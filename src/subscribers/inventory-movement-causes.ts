import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { registerMovementCauseWorkflow } from "../workflows/inventory/register-movement-cause"

type OrderStockEvent = { order_id: string; fulfillment_id?: string; return_id?: string }

/**
 * Attributes the stock changes of core order workflows in the stock ledger:
 * a fulfillment takes stock out for an order, a received return puts it
 * back. The ledger rows of the same workflow run (same event group) take
 * the reason, whichever event is processed first.
 */
export default async function inventoryMovementCauses({ event, container }: SubscriberArgs<OrderStockEvent>) {
  const group = (event.metadata as { eventGroupId?: string } | undefined)?.eventGroupId
  if (!group || !event.data.order_id) return
  const isReturn = event.name === OrderWorkflowEvents.RETURN_RECEIVED
  await registerMovementCauseWorkflow(container).run({
    input: {
      event_group_id: group,
      reason: isReturn ? "return" : "order",
      reference_type: isReturn ? "return" : "order",
      reference_id: isReturn ? (event.data.return_id ?? event.data.order_id) : event.data.order_id,
    },
  })
}

export const config: SubscriberConfig = {
  event: [
    OrderWorkflowEvents.FULFILLMENT_CREATED,
    OrderWorkflowEvents.FULFILLMENT_CANCELED,
    OrderWorkflowEvents.RETURN_RECEIVED,
  ],
  context: { subscriberId: "inventory-movement-causes" },
}
