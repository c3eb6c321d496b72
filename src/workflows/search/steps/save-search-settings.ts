import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_INSIGHT_MODULE } from "../../../modules/search-insight"
import type SearchInsightModuleService from "../../../modules/search-insight/service"
import type { RankingRule, SearchSettings } from "../../../modules/search-insight/types"

export const saveSearchSettingsStepId = "search-save-settings"

export type SaveSearchSettingsInput = {
  synonyms?: string[][]
  stop_words?: string[]
  ranking_rules?: RankingRule[]
  actor_id?: string | null
}

/** Saves the store's search settings (normalised); compensation puts the previous ones back. */
export const saveSearchSettingsStep = createStep(
  saveSearchSettingsStepId,
  async (input: SaveSearchSettingsInput, { container }) => {
    const service: SearchInsightModuleService = container.resolve(SEARCH_INSIGHT_MODULE)
    const { previous, settings } = await service.saveStoreSearchSettings({
      synonyms: input.synonyms,
      stop_words: input.stop_words,
      ranking_rules: input.ranking_rules,
      updated_by: input.actor_id ?? null,
    })
    return new StepResponse({ previous, settings }, previous)
  },
  async (previous: SearchSettings | undefined, { container }) => {
    if (!previous) return
    const service: SearchInsightModuleService = container.resolve(SEARCH_INSIGHT_MODULE)
    await service.revertStoreSearchSettings(previous)
  }
)
