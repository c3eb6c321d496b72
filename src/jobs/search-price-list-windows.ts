import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshPriceListProductsWorkflow } from "../workflows/search/refresh-price-list-products"

/** The job runs every 10 minutes and looks back 15, so one late or overlapping run misses nothing. */
const LOOKBACK_MS = 15 * 60_000

/**
 * Every 10 minutes: products of the price lists that started or ended since
 * the last run get their search documents rebuilt, so the indexed
 * calculated prices follow a sale's start and end dates (nothing emits an
 * event when a date simply passes). Overlapping runs rebuild the same
 * documents, which changes nothing.
 */
export default async function searchPriceListWindows(container: MedusaContainer) {
  const to = new Date()
  const from = new Date(to.getTime() - LOOKBACK_MS)
  await refreshPriceListProductsWorkflow(container).run({
    input: { window: { from: from.toISOString(), to: to.toISOString() } },
  })
}

export const config = {
  name: "search-price-list-windows",
  schedule: "*/10 * * * *",
}
