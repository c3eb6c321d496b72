import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_QUALITY_MODULE } from "../../modules/catalog-quality"
import type CatalogQualityModuleService from "../../modules/catalog-quality/service"
import { assertProductStep } from "./steps/assert-product"

export const getProductQualityWorkflowId = "catalog-quality-get-product-quality"

/** The product's score computed now (not the stored one), with what the publish gate would say. Reads only. */
const getProductQualityStep = createStep(
  "catalog-quality-get-product-quality-step",
  async (input: { product_id: string }, { container }) => {
    const service: CatalogQualityModuleService = container.resolve(CATALOG_QUALITY_MODULE)
    const [score] = await service.scoreProducts([input.product_id])
    const settings = await service.getSettings()
    return new StepResponse({
      ...score,
      publish_gate: {
        enabled: settings.publish_gate_enabled,
        min_score: settings.publish_gate_min_score,
        passes: score.score >= settings.publish_gate_min_score,
      },
    })
  }
)

export const getProductQualityWorkflow = createWorkflow(getProductQualityWorkflowId, (input: { product_id: string }) => {
  assertProductStep(input)
  return new WorkflowResponse(getProductQualityStep(input))
})
