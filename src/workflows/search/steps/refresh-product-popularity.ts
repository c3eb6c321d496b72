import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_INSIGHT_MODULE } from "../../../modules/search-insight"
import type SearchInsightModuleService from "../../../modules/search-insight/service"

export const refreshProductPopularityStepId = "search-refresh-product-popularity"

export type RefreshProductPopularityInput = {
  /** Recompute the products of these orders. */
  order_ids?: string[]
  /** Recompute these products. Neither: every product. */
  product_ids?: string[]
}

/**
 * Recomputes units sold (from the order tables) and returns the products
 * whose figure changed. No compensation: the figure is derived from the
 * orders, so running again converges on the same values.
 */
export const refreshProductPopularityStep = createStep(
  refreshProductPopularityStepId,
  async (input: RefreshProductPopularityInput, { container }) => {
    const service: SearchInsightModuleService = container.resolve(SEARCH_INSIGHT_MODULE)
    let productIds = input.product_ids
    if (input.order_ids) {
      productIds = [...new Set([...(productIds ?? []), ...(await service.listOrderProductIds(input.order_ids))])]
    }
    const { changed_product_ids } = await service.refreshProductPopularity(
      productIds === undefined ? {} : { product_ids: productIds }
    )
    return new StepResponse({ changed_product_ids })
  }
)
