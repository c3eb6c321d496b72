import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SearchProductEvents } from "../../search/_events"
import { refreshProductPopularityStep, type RefreshProductPopularityInput } from "./steps/refresh-product-popularity"
import { staleProductPayloads } from "./steps/stale-product-events"

export const refreshProductPopularityWorkflowId = "search-refresh-product-popularity"

/**
 * Units sold per product, recomputed from the orders, for the "best selling"
 * sort; the search documents of the products whose figure changed are
 * rebuilt (through `search.products.stale`). Safe to run any number of
 * times: an unchanged figure emits nothing.
 */
export const refreshProductPopularityWorkflow = createWorkflow(
  refreshProductPopularityWorkflowId,
  (input: RefreshProductPopularityInput) => {
    const { changed_product_ids } = refreshProductPopularityStep(input)
    const events = transform({ changed_product_ids }, ({ changed_product_ids }) =>
      staleProductPayloads(changed_product_ids, "units_sold")
    )
    emitEventStep({ eventName: SearchProductEvents.STALE, data: events })
    return new WorkflowResponse({ changed_product_ids })
  }
)
