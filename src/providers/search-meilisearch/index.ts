import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchService } from "./service"

export { MeilisearchSearchService } from "./service"
export { checkMeilisearchHealth } from "./client"
export { isMeilisearchUnreachable, MEILISEARCH_UNREACHABLE } from "./utils/errors"
export { MEILISEARCH_PROVIDER_ID } from "./types"
export type { MeilisearchHealth, MeilisearchProviderOptions } from "./types"

export default ModuleProvider(Modules.SEARCH, {
  services: [MeilisearchSearchService],
})
