import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PRIVACY_MODULE } from "../../modules/customer-privacy"
import type CustomerPrivacyModuleService from "../../modules/customer-privacy/service"

export const recordProductViewWorkflowId = "customer-privacy-record-product-view"

export type RecordProductViewInput = { customer_id: string; product_id: string; sales_channel_ids: string[] }

/**
 * Records that the customer looked at a product, when they gave the
 * personalisation consent. The product must be one this storefront shows
 * (published, in one of the key's sales channels), else 400 and nothing is
 * written. A view is a fact, not a state: nothing to compensate.
 */
export const recordProductViewStep = createStep(
  "customer-privacy-record-product-view-step",
  async (input: RecordProductViewInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [product],
    } = await query.graph({
      entity: "product",
      fields: ["id", "status", "sales_channels.id"],
      filters: { id: input.product_id },
    })
    const channels = new Set(input.sales_channel_ids)
    const visible =
      product?.status === "published" && (product.sales_channels ?? []).some((c: any) => c && channels.has(c.id))
    if (!visible) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Product ${input.product_id} is not available in this store`)
    }
    const service: CustomerPrivacyModuleService = container.resolve(CUSTOMER_PRIVACY_MODULE)
    return new StepResponse(await service.recordProductView(input.customer_id, input.product_id))
  }
)

export const recordProductViewWorkflow = createWorkflow(
  recordProductViewWorkflowId,
  (input: RecordProductViewInput) => new WorkflowResponse(recordProductViewStep(input))
)
