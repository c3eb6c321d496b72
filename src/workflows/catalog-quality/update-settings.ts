import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_QUALITY_MODULE } from "../../modules/catalog-quality"
import type CatalogQualityModuleService from "../../modules/catalog-quality/service"
import type { CatalogQualitySettings } from "../../modules/catalog-quality/types"
import { recomputeScoresStep } from "./steps/recompute-scores"

export const updateCatalogQualitySettingsWorkflowId = "catalog-quality-update-settings"

type SettingsUpdate = Partial<Omit<CatalogQualitySettings, "id">>

/** The settings that change scores: updating one recomputes the catalog. */
const SCORING_FIELDS = ["check_weights", "min_title_length", "min_description_length", "min_images", "placeholder_words", "title_similarity"]

const updateSettingsStep = createStep(
  "catalog-quality-update-settings-step",
  async (input: SettingsUpdate, { container }) => {
    const service: CatalogQualityModuleService = container.resolve(CATALOG_QUALITY_MODULE)
    const before = await service.getSettings()
    const previous = Object.fromEntries(Object.keys(input).map((k) => [k, (before as any)[k]])) as SettingsUpdate
    // Weights merge: only the checks given change weight.
    const update = input.check_weights ? { ...input, check_weights: { ...before.check_weights, ...input.check_weights } } : input
    return new StepResponse(await service.updateSettings(update), previous)
  },
  async (previous: SettingsUpdate | undefined, { container }) => {
    if (!previous || !Object.keys(previous).length) return
    const service: CatalogQualityModuleService = container.resolve(CATALOG_QUALITY_MODULE)
    await service.updateSettings(previous)
  }
)

/** Updates the catalog health settings; a change to the checks recomputes every score. */
export const updateCatalogQualitySettingsWorkflow = createWorkflow(updateCatalogQualitySettingsWorkflowId, (input: SettingsUpdate) => {
  const settings = updateSettingsStep(input)
  const rescore = transform({ input }, ({ input }) => Object.keys(input).some((k) => SCORING_FIELDS.includes(k)))
  when({ rescore }, ({ rescore }) => rescore).then(() => {
    recomputeScoresStep({})
  })
  return new WorkflowResponse(settings)
})
