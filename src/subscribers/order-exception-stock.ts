import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryEvents } from "@medusajs/framework/utils"
import { syncOrderExceptions } from "../workflows/order-exceptions/utils/sync-batcher"

/**
 * A stock level changed: when its reservations now exceed its stock
 * (available below zero, e.g. stock counted down after orders reserved it),
 * the orders holding the uncovered reservations get an oversold case; when
 * stock is back, those cases close.
 */
export default async function orderExceptionStock({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  const ids = ([] as string[]).concat(event.data.id ?? [])
  if (!ids.length) return
  await syncOrderExceptions(container, { inventory_level_ids: ids })
}

export const config: SubscriberConfig = {
  event: InventoryEvents.INVENTORY_LEVEL_UPDATED,
  context: { subscriberId: "order-exception-stock" },
}
