import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshProductPopularityWorkflow } from "../workflows/search/refresh-product-popularity"

/**
 * Every hour: units sold recounted for every product. Fills the figure for
 * orders placed before search was installed (the first run after start-up
 * does the backfill) and catches anything the order events missed. Only
 * products whose figure changed get their search document rebuilt.
 */
export default async function searchProductPopularity(container: MedusaContainer) {
  await refreshProductPopularityWorkflow(container).run({ input: {} })
}

export const config = {
  name: "search-product-popularity",
  schedule: "17 * * * *",
}
