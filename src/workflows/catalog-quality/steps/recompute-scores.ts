import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_QUALITY_MODULE } from "../../../modules/catalog-quality"
import type CatalogQualityModuleService from "../../../modules/catalog-quality/service"

export type RecomputeScoresStepInput = {
  /** Omit every id list for a full recompute of the catalog. */
  product_ids?: string[]
  variant_ids?: string[]
  inventory_level_ids?: string[]
}

export const recomputeScoresStepId = "catalog-quality-recompute-scores-step"

/**
 * Recomputes and stores quality scores. Scores are derived data (an upsert
 * per product from the catalog as it is), so there is nothing to undo: a
 * later recompute gives the same rows.
 */
export const recomputeScoresStep = createStep(
  recomputeScoresStepId,
  async (input: RecomputeScoresStepInput, { container }) => {
    const service: CatalogQualityModuleService = container.resolve(CATALOG_QUALITY_MODULE)
    const full = !input.product_ids && !input.variant_ids && !input.inventory_level_ids
    if (full) return new StepResponse({ ...(await service.recomputeScores(undefined)), full: true })
    const ids = new Set(input.product_ids ?? [])
    for (const id of await service.productIdsFor({ variant_ids: input.variant_ids })) ids.add(id)
    if (input.inventory_level_ids?.length) {
      // A stock change matters only to the no-stock check: recompute the products it flips.
      const touched = await service.productIdsFor({ inventory_level_ids: input.inventory_level_ids })
      for (const id of await service.stockStateChanged(touched)) ids.add(id)
    }
    if (!ids.size) return new StepResponse({ recomputed: 0, removed: 0, full: false })
    return new StepResponse({ ...(await service.recomputeScores([...ids])), full: false })
  }
)
