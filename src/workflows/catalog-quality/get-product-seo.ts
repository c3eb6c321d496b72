import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_QUALITY_MODULE } from "../../modules/catalog-quality"
import type CatalogQualityModuleService from "../../modules/catalog-quality/service"
import { seoGuidance } from "../../modules/catalog-quality/utils/seo"
import { assertProductStep } from "./steps/assert-product"

export const getProductSeoWorkflowId = "catalog-quality-get-product-seo"

const getProductSeoStep = createStep("catalog-quality-get-product-seo-step", async (input: { product_id: string }, { container }) => {
  const service: CatalogQualityModuleService = container.resolve(CATALOG_QUALITY_MODULE)
  const seo = await service.getProductSeo(input.product_id)
  return new StepResponse(
    seo ?? { product_id: input.product_id, meta_title: null, meta_description: null, canonical_handle: null, noindex: false }
  )
})

/** A product's SEO fields (empty ones when never set) with length guidance. Reads only. */
export const getProductSeoWorkflow = createWorkflow(getProductSeoWorkflowId, (input: { product_id: string }) => {
  const product = assertProductStep(input)
  const seo = getProductSeoStep(input)
  return new WorkflowResponse(transform({ seo, product }, ({ seo, product }) => ({ ...seo, guidance: seoGuidance(seo, product) })))
})
