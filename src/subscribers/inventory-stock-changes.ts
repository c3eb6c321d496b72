import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryEvents } from "@medusajs/framework/utils"
import { processStockChange } from "../workflows/inventory/utils/stock-change-batcher"

const RESERVATION_EVENTS: string[] = [
  InventoryEvents.RESERVATION_ITEM_CREATED,
  InventoryEvents.RESERVATION_ITEM_UPDATED,
  InventoryEvents.RESERVATION_ITEM_DELETED,
  InventoryEvents.RESERVATION_ITEM_RESTORED,
]

/**
 * Every stock change: levels (stock received, fulfilled, returned, edited,
 * imported) and reservations (orders placed, edited, canceled). Runs the
 * stock-change workflow, batched with the changes arriving at the same time.
 */
export default async function inventoryStockChanges({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  const ids = ([] as string[]).concat(event.data.id ?? [])
  if (!ids.length) return
  const group = (event.metadata as { eventGroupId?: string } | undefined)?.eventGroupId
  if (RESERVATION_EVENTS.includes(event.name)) {
    await processStockChange(container, { reservation_ids: ids })
  } else {
    await processStockChange(container, {
      level_ids: ids,
      event_groups: group ? Object.fromEntries(ids.map((id) => [id, group])) : {},
    })
  }
}

export const config: SubscriberConfig = {
  event: [
    InventoryEvents.INVENTORY_LEVEL_CREATED,
    InventoryEvents.INVENTORY_LEVEL_UPDATED,
    InventoryEvents.INVENTORY_LEVEL_DELETED,
    InventoryEvents.INVENTORY_LEVEL_RESTORED,
    ...RESERVATION_EVENTS,
  ],
  context: { subscriberId: "inventory-stock-changes" },
}
