import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshProductPopularityWorkflow } from "../workflows/search/refresh-product-popularity"

/**
 * Every hour: every order's units checked against the order tables and every
 * product re-summed. Catches anything the order events missed (and orders
 * placed while the migration that filled the per-order rows ran). Only
 * products whose figure changed get their search document rebuilt. On a
 * million orders this takes about 20 s of database time, during which
 * order events wait for it.
 */
export default async function searchProductPopularity(container: MedusaContainer) {
  await refreshProductPopularityWorkflow(container).run({ input: {} })
}

export const config = {
  name: "search-product-popularity",
  schedule: "17 * * * *",
}
