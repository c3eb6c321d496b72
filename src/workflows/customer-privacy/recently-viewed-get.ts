import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PRIVACY_MODULE } from "../../modules/customer-privacy"
import type CustomerPrivacyModuleService from "../../modules/customer-privacy/service"
import { loadProducts, type ProductCard } from "./utils"

export const getRecentlyViewedWorkflowId = "customer-privacy-get-recently-viewed"

export type GetRecentlyViewedInput = {
  customer_id: string
  limit: number
  /** The storefront's sales channels; null for the admin (every recorded product, visible or not). */
  sales_channel_ids: string[] | null
}

export type RecentlyViewedProduct = ProductCard & { viewed_at: Date; views: number; visible?: boolean }

/**
 * The customer's browsing history, newest first. For a storefront only
 * products it can show now (published, in its channels, purchasable); the
 * admin sees every recorded product with a `visible` flag. Reads only.
 */
export const getRecentlyViewedStep = createStep(
  "customer-privacy-get-recently-viewed-step",
  async (input: GetRecentlyViewedInput, { container }) => {
    const service: CustomerPrivacyModuleService = container.resolve(CUSTOMER_PRIVACY_MODULE)
    const views = await service.listRecentViews(input.customer_id)
    const products = await loadProducts(
      container,
      views.map((v) => v.product_id),
      input.sales_channel_ids
    )
    const out: RecentlyViewedProduct[] = []
    for (const view of views) {
      const product = products.get(view.product_id)
      if (!product) continue
      if (input.sales_channel_ids && !product.visible) continue
      out.push({
        ...product.card,
        viewed_at: view.viewed_at,
        views: view.views,
        ...(input.sales_channel_ids ? {} : { visible: product.visible }),
      })
      if (out.length >= input.limit) break
    }
    return new StepResponse(out)
  }
)

export const getRecentlyViewedWorkflow = createWorkflow(
  getRecentlyViewedWorkflowId,
  (input: GetRecentlyViewedInput) => new WorkflowResponse(getRecentlyViewedStep(input))
)
