import type { StaleProductsEventData } from "../../../search/_events"

/** Ids per `search.products.stale` event: documents are rebuilt a page at a time inside one event. */
export const STALE_EVENT_CHUNK = 500

/** The payloads announcing that these products' documents must be rebuilt. */
export function staleProductPayloads(ids: readonly string[], reason: string): StaleProductsEventData[] {
  const unique = [...new Set(ids)].sort()
  const payloads: StaleProductsEventData[] = []
  for (let i = 0; i < unique.length; i += STALE_EVENT_CHUNK) {
    payloads.push({ ids: unique.slice(i, i + STALE_EVENT_CHUNK), reason })
  }
  return payloads
}
