import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_QUALITY_MODULE } from "../../modules/catalog-quality"
import type CatalogQualityModuleService from "../../modules/catalog-quality/service"
import type { ProductSeoData } from "../../modules/catalog-quality/types"
import { seoGuidance } from "../../modules/catalog-quality/utils/seo"
import { assertProductStep } from "./steps/assert-product"
import { recomputeScoresStep } from "./steps/recompute-scores"

export const updateProductSeoWorkflowId = "catalog-quality-update-product-seo"

export type UpdateProductSeoInput = {
  product_id: string
  meta_title?: string | null
  meta_description?: string | null
  canonical_handle?: string | null
  noindex?: boolean
}

const upsertProductSeoStep = createStep(
  "catalog-quality-upsert-product-seo-step",
  async ({ product_id, ...data }: UpdateProductSeoInput, { container }) => {
    const service: CatalogQualityModuleService = container.resolve(CATALOG_QUALITY_MODULE)
    if (data.canonical_handle) {
      const other = await service.handleTakenBy(product_id, data.canonical_handle)
      if (other) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `The canonical handle "${data.canonical_handle}" is already used by product ${other}`
        )
      }
    }
    const previous = await service.getProductSeo(product_id)
    const seo = await service.upsertProductSeo(product_id, data)
    return new StepResponse(seo, { product_id, previous })
  },
  async (undo: { product_id: string; previous: ProductSeoData | null } | undefined, { container }) => {
    if (!undo) return
    const service: CatalogQualityModuleService = container.resolve(CATALOG_QUALITY_MODULE)
    await service.restoreProductSeo(undo.product_id, undo.previous)
  }
)

/** Sets a product's SEO fields, then recomputes its score (SEO fields and handles are checks). */
export const updateProductSeoWorkflow = createWorkflow(updateProductSeoWorkflowId, (input: UpdateProductSeoInput) => {
  const product = assertProductStep({ product_id: input.product_id })
  const seo = upsertProductSeoStep(input)
  recomputeScoresStep({ product_ids: [input.product_id] })
  return new WorkflowResponse(transform({ seo, product }, ({ seo, product }) => ({ ...seo, guidance: seoGuidance(seo, product) })))
})
