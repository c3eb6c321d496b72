import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SearchProductEvents } from "../../search/_events"
import { resolvePriceListProductsStep, type PriceListProductsInput } from "./steps/resolve-price-list-products"
import { staleProductPayloads } from "./steps/stale-product-events"

export const refreshPriceListProductsWorkflowId = "search-refresh-price-list-products"

/**
 * Rebuilds the search documents of the products a price list prices, after
 * the list changed (admin update) or its start / end date passed (job).
 * Idempotent: a document is rebuilt from the current prices however often.
 */
export const refreshPriceListProductsWorkflow = createWorkflow(
  refreshPriceListProductsWorkflowId,
  (input: PriceListProductsInput) => {
    const { product_ids } = resolvePriceListProductsStep(input)
    const events = transform({ product_ids }, ({ product_ids }) => staleProductPayloads(product_ids, "price_list"))
    emitEventStep({ eventName: SearchProductEvents.STALE, data: events })
    return new WorkflowResponse({ product_ids })
  }
)
