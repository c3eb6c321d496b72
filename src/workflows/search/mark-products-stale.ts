import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SearchProductEvents } from "../../search/_events"
import { staleProductPayloads } from "./steps/stale-product-events"

export const markProductsStaleWorkflowId = "search-mark-products-stale"

/**
 * Announces products whose search documents must be rebuilt after a change
 * Medusa emits no event for (products linked to a category through
 * `POST /admin/product-categories/:id/products`).
 */
export const markProductsStaleWorkflow = createWorkflow(
  markProductsStaleWorkflowId,
  (input: { product_ids: string[]; reason: string }) => {
    const events = transform({ input }, ({ input }) => staleProductPayloads(input.product_ids, input.reason))
    emitEventStep({ eventName: SearchProductEvents.STALE, data: events })
    return new WorkflowResponse({ product_ids: input.product_ids })
  }
)
