import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProductVariantWorkflowEvents, ProductWorkflowEvents } from "@medusajs/framework/utils"
import { recomputeCatalogQuality } from "../workflows/catalog-quality/recompute-scores-batcher"

const VARIANT_EVENTS: string[] = [
  ProductVariantWorkflowEvents.CREATED,
  ProductVariantWorkflowEvents.UPDATED,
  ProductVariantWorkflowEvents.DELETED,
]

/**
 * Product and variant changes: recompute the scores of the products (and of
 * those their duplicate checks involve). A recompute from the catalog as it
 * is, so redelivered events change nothing.
 */
export default async function catalogQualityProductChanges({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  const ids = ([] as string[]).concat(event.data?.id ?? []).filter(Boolean)
  if (!ids.length) return
  await recomputeCatalogQuality(container, VARIANT_EVENTS.includes(event.name) ? { variant_ids: ids } : { product_ids: ids })
}

export const config: SubscriberConfig = {
  event: [ProductWorkflowEvents.CREATED, ProductWorkflowEvents.UPDATED, ProductWorkflowEvents.DELETED, ...VARIANT_EVENTS],
  context: { subscriberId: "catalog-quality-product-changes" },
}
