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
 * Recomputes units sold (orders: their contributions from the order tables;
 * products: re-summed; neither: everything rebuilt) and returns the products
 * whose figure changed. No compensation: the figure is derived from the
 * orders, so running again converges on the same values.
 */
export const refreshProductPopularityStep = createStep(
  refreshProductPopularityStepId,
  async (input: RefreshProductPopularityInput, { container }) => {
    const service: SearchInsightModuleService = container.resolve(SEARCH_INSIGHT_MODULE)
    const changed = new Set<string>()
    if (input.order_ids) {
      ;(await service.refreshOrderUnits(input.order_ids)).changed_product_ids.forEach((id) => changed.add(id))
    }
    if (input.product_ids || !input.order_ids) {
      const result = await service.refreshProductPopularity(input.product_ids ? { product_ids: input.product_ids } : {})
      result.changed_product_ids.forEach((id) => changed.add(id))
    }
    const changed_product_ids = [...changed]
    return new StepResponse({ changed_product_ids })
  }
)
