import { Modules } from "@medusajs/framework/utils"
import type { MeilisearchProviderOptions } from "./types"
import { MEILISEARCH_PROVIDER_ID } from "./types"

/** The identifier of Medusa's Postgres search provider (`PostgresSearchService.identifier`). */
export const POSTGRES_PROVIDER_ID = "search-postgres"

type Env = Record<string, string | undefined>

export interface SearchProviderRegistration {
  resolve: string
  id: string
  options: Record<string, unknown>
}

export interface SearchModuleRegistration {
  key: typeof Modules.SEARCH
  resolve: "@medusajs/medusa/search"
  options: {
    providers: SearchProviderRegistration[]
    default_provider?: string
  }
}

function integer(env: Env, name: string): number | undefined {
  const raw = env[name]?.trim()
  if (!raw) return undefined
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a positive integer, got "${raw}"`)
  }
  return value
}

/** The Meilisearch provider's options read from the environment (unset variables keep the provider's defaults). */
export function meilisearchOptionsFromEnv(env: Env): MeilisearchProviderOptions {
  const options: MeilisearchProviderOptions = { host: env.MEILISEARCH_HOST!.trim() }
  if (env.MEILISEARCH_API_KEY) options.api_key = env.MEILISEARCH_API_KEY
  const numeric: [keyof MeilisearchProviderOptions, string][] = [
    ["request_timeout_ms", "MEILISEARCH_REQUEST_TIMEOUT_MS"],
    ["task_timeout_ms", "MEILISEARCH_TASK_TIMEOUT_MS"],
    ["max_batch_documents", "MEILISEARCH_MAX_BATCH_DOCUMENTS"],
    ["max_batch_bytes", "MEILISEARCH_MAX_BATCH_BYTES"],
    ["max_total_hits", "MEILISEARCH_MAX_TOTAL_HITS"],
    ["max_values_per_facet", "MEILISEARCH_MAX_VALUES_PER_FACET"],
  ]
  for (const [option, name] of numeric) {
    const value = integer(env, name)
    if (value !== undefined) (options as unknown as Record<string, unknown>)[option] = value
  }
  if (env.MEILISEARCH_CONTAINS_FILTER === "true") options.contains_filter = true
  return options
}

/**
 * The Search Module registration for `medusa-config.ts`.
 *
 * Medusa registers the Search Module by default (key `search`, Postgres
 * provider `search-postgres` with id `postgres`; the `native` engine, or
 * `lakebase` on Medusa Cloud, where MEDUSA_CLOUD_SEARCH_ENDPOINT also makes the
 * Cloud provider the default). A registration in `modules` replaces that
 * default wholesale, so this one reproduces it when MEILISEARCH_HOST is unset.
 *
 * With MEILISEARCH_HOST set, Meilisearch is added and made the default provider
 * (`default_provider` takes a provider *identifier*). Postgres stays
 * registered: the module allows several providers, an index definition can
 * still pick `search-postgres`, and `db:migrate` can drop the indexes Postgres
 * held once they move to Meilisearch.
 */
export function searchModuleConfig(env: Env = process.env): SearchModuleRegistration {
  const isCloud = env.EXECUTION_CONTEXT === "medusa-cloud"
  const postgres: SearchProviderRegistration = {
    // Medusa's provider, its document tables' jsonb compressed with lz4 (see ../search-postgres/service.ts).
    resolve: "./src/providers/search-postgres",
    id: "postgres",
    options: { engine: isCloud ? "lakebase" : "native" },
  }
  const host = env.MEILISEARCH_HOST?.trim()
  if (!host) {
    return {
      key: Modules.SEARCH,
      resolve: "@medusajs/medusa/search",
      options: {
        providers: [postgres],
        ...(env.MEDUSA_CLOUD_SEARCH_ENDPOINT ? { default_provider: "search-medusa" } : {}),
      },
    }
  }
  return {
    key: Modules.SEARCH,
    resolve: "@medusajs/medusa/search",
    options: {
      providers: [
        postgres,
        {
          resolve: "./src/providers/search-meilisearch",
          id: "meilisearch",
          options: meilisearchOptionsFromEnv(env) as unknown as Record<string, unknown>,
        },
      ],
      default_provider: MEILISEARCH_PROVIDER_ID,
    },
  }
}
