import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reindexSearchIndexesWorkflow } from "@medusajs/medusa/core-flows"
import { SEARCH_INSIGHT_MODULE } from "../../../modules/search-insight"
import type SearchInsightModuleService from "../../../modules/search-insight/service"
import { PRODUCT_INDEX } from "../../../search/_config"
import { updateSearchSettingsWorkflow } from "../../../workflows/search/update-search-settings"
import { rememberStoreSearchSettings } from "../../store/search/settings-cache"
import type { AdminUpdateSearchSettingsType } from "./validators"

/** GET /admin/search-settings — synonyms, stop words and ranking rule order of the store search. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: SearchInsightModuleService = req.scope.resolve(SEARCH_INSIGHT_MODULE)
  res.json({ search_settings: await service.getStoreSearchSettings() })
}

/**
 * POST /admin/search-settings — saves the settings. Stop words and ranking
 * apply to the next search. Synonyms live in the documents: when they
 * changed, the product index is rebuilt in the background (a new version is
 * filled and then swapped in, so search keeps answering meanwhile); the
 * rebuild's progress shows on the Search page.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateSearchSettingsType>, res: MedusaResponse) {
  const { result } = await updateSearchSettingsWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null },
  })
  rememberStoreSearchSettings(result.settings)
  let reindex: { job_id: string; indexes: string[] } | { error: string } | null = null
  if (result.reindex_needed) {
    try {
      const { transaction } = await reindexSearchIndexesWorkflow(req.scope).run({ input: { index: PRODUCT_INDEX } })
      reindex = { job_id: transaction.transactionId, indexes: [PRODUCT_INDEX] }
    } catch (error) {
      reindex = { error: `Saved, but the product index could not be rebuilt: ${(error as Error).message}` }
    }
  }
  res.json({ search_settings: result.settings, reindex })
}
