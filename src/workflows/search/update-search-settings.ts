import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sameSynonyms } from "../../modules/search-insight/utils/settings"
import { saveSearchSettingsStep, type SaveSearchSettingsInput } from "./steps/save-search-settings"

export const updateSearchSettingsWorkflowId = "search-update-settings"

/**
 * Saves synonyms, stop words and the ranking order. Stop words and ranking
 * apply to the next search (they act on queries); synonyms are written into
 * the documents, so `reindex_needed` says when the product index has to be
 * rebuilt for them to take effect.
 */
export const updateSearchSettingsWorkflow = createWorkflow(
  updateSearchSettingsWorkflowId,
  (input: SaveSearchSettingsInput) => {
    const saved = saveSearchSettingsStep(input)
    const result = transform({ saved }, ({ saved }) => ({
      settings: saved.settings,
      reindex_needed: !sameSynonyms(saved.previous.synonyms, saved.settings.synonyms),
    }))
    return new WorkflowResponse(result)
  }
)
