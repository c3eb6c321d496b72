import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryEvents } from "@medusajs/framework/utils"
import { recomputeCatalogQuality } from "../workflows/catalog-quality/recompute-scores-batcher"

/** Stock levels decide the "published with no stock" check: recompute the products of the changed levels. */
export default async function catalogQualityStockChanges({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  const ids = ([] as string[]).concat(event.data?.id ?? []).filter(Boolean)
  if (!ids.length) return
  await recomputeCatalogQuality(container, { inventory_level_ids: ids })
}

export const config: SubscriberConfig = {
  event: [InventoryEvents.INVENTORY_LEVEL_CREATED, InventoryEvents.INVENTORY_LEVEL_UPDATED, InventoryEvents.INVENTORY_LEVEL_DELETED],
  context: { subscriberId: "catalog-quality-stock-changes" },
}
