import { InventoryEvents, PricingEvents, ProductEvents } from "@medusajs/framework/utils"

/**
 * Our own event: "rebuild the search documents of these products". Emitted
 * when something a document depends on changed without a Medusa event
 * saying so (units sold recomputed, a price list switched on or off, products
 * added to a category through the admin).
 */
export const SearchProductEvents = {
  STALE: "search.products.stale",
} as const

export type StaleProductsEventData = { ids: string[]; reason: string }

/** The product event that removes a document without reading anything back. */
export const PRODUCT_DELETED = ProductEvents.PRODUCT_DELETED

/**
 * Every event the product index is kept fresh by. Module-level events
 * (`product.product.updated`, `inventory.inventory-level.updated`, …) rather
 * than the workflow-level ones (`product.updated`): they fire for every way
 * the data changes (a collection's product list changed through its own
 * route emits `product.product.updated` and no `product.updated`), and using
 * one family means a change is ingested once, not twice. For the same
 * reason there are no reservation events: a reservation made, changed or
 * released moves its level's reserved quantity, and that update emits
 * `inventory.inventory-level.updated` (Medusa's entity hooks emit it for
 * every level row written), which is what the document's availability reads.
 */
export const PRODUCT_INDEX_EVENTS: string[] = [
  ProductEvents.PRODUCT_CREATED,
  ProductEvents.PRODUCT_UPDATED,
  ProductEvents.PRODUCT_DELETED,
  ProductEvents.PRODUCT_RESTORED,
  ProductEvents.PRODUCT_VARIANT_CREATED,
  ProductEvents.PRODUCT_VARIANT_UPDATED,
  ProductEvents.PRODUCT_VARIANT_DELETED,
  ProductEvents.PRODUCT_VARIANT_RESTORED,
  ProductEvents.PRODUCT_OPTION_CREATED,
  ProductEvents.PRODUCT_OPTION_UPDATED,
  ProductEvents.PRODUCT_OPTION_DELETED,
  ProductEvents.PRODUCT_CATEGORY_UPDATED,
  ProductEvents.PRODUCT_CATEGORY_DELETED,
  ProductEvents.PRODUCT_COLLECTION_UPDATED,
  ProductEvents.PRODUCT_COLLECTION_DELETED,
  ProductEvents.PRODUCT_TAG_UPDATED,
  ProductEvents.PRODUCT_TAG_DELETED,
  ProductEvents.PRODUCT_TYPE_UPDATED,
  ProductEvents.PRODUCT_TYPE_DELETED,
  PricingEvents.PRICE_CREATED,
  PricingEvents.PRICE_UPDATED,
  PricingEvents.PRICE_DELETED,
  InventoryEvents.INVENTORY_LEVEL_CREATED,
  InventoryEvents.INVENTORY_LEVEL_UPDATED,
  InventoryEvents.INVENTORY_LEVEL_DELETED,
  InventoryEvents.INVENTORY_LEVEL_RESTORED,
  // Link events: products added to / removed from a sales channel, stock items (re)attached to a variant.
  "LinkProductSalesChannel.attached",
  "LinkProductSalesChannel.detached",
  "LinkProductVariantInventoryItem.attached",
  "LinkProductVariantInventoryItem.detached",
  SearchProductEvents.STALE,
]
