import { defineConfig } from "@medusajs/framework/utils"
import { POSTGRES_PROVIDER_ID, searchModuleConfig } from "../config"

const postgres = { resolve: "./src/providers/search-postgres", id: "postgres", options: { engine: "native" } }

describe("searchModuleConfig", () => {
  it("reproduces Medusa's default registration (Postgres only) when MEILISEARCH_HOST is unset", () => {
    expect(searchModuleConfig({})).toEqual({
      key: "search",
      resolve: "@medusajs/medusa/search",
      options: { providers: [postgres] },
    })
    expect(searchModuleConfig({ MEILISEARCH_HOST: "  ", MEILISEARCH_API_KEY: "k" }).options.providers).toEqual([
      postgres,
    ])
  })

  it("matches what defineConfig registers by default, but for Medusa's provider taken through its lz4 subclass", () => {
    const saved = { ...process.env }
    delete process.env.EXECUTION_CONTEXT
    delete process.env.MEDUSA_CLOUD_SEARCH_ENDPOINT
    try {
      const defaults = defineConfig({ projectConfig: { http: {} as any } }).modules as Record<string, any>
      const ours = searchModuleConfig({})
      expect(defaults[ours.key].resolve).toBe(ours.resolve)
      expect(defaults[ours.key].options.providers).toEqual(
        ours.options.providers.map((provider) => ({ ...provider, resolve: "@medusajs/medusa/search-postgres" }))
      )
      expect(defaults[ours.key].options.default_provider).toBeUndefined()
    } finally {
      process.env = saved
    }
  })

  it("follows Medusa Cloud's defaults when not configured for Meilisearch", () => {
    expect(
      searchModuleConfig({ EXECUTION_CONTEXT: "medusa-cloud", MEDUSA_CLOUD_SEARCH_ENDPOINT: "https://x" }).options
    ).toEqual({
      providers: [{ ...postgres, options: { engine: "lakebase" } }],
      default_provider: "search-medusa",
    })
  })

  it("adds Meilisearch as the default provider, keeping Postgres registered, when MEILISEARCH_HOST is set", () => {
    expect(
      searchModuleConfig({ MEILISEARCH_HOST: " http://127.0.0.1:7700 ", MEILISEARCH_API_KEY: "masterKey" })
    ).toEqual({
      key: "search",
      resolve: "@medusajs/medusa/search",
      options: {
        providers: [
          postgres,
          {
            resolve: "./src/providers/search-meilisearch",
            id: "meilisearch",
            options: { host: "http://127.0.0.1:7700", api_key: "masterKey" },
          },
        ],
        default_provider: "search-meilisearch",
      },
    })
    expect(POSTGRES_PROVIDER_ID).toBe("search-postgres")
  })

  it("reads the optional tuning variables, rejecting malformed numbers", () => {
    const [, meili] = searchModuleConfig({
      MEILISEARCH_HOST: "http://meili:7700",
      MEILISEARCH_MAX_BATCH_BYTES: "1048576",
      MEILISEARCH_MAX_BATCH_DOCUMENTS: "500",
      MEILISEARCH_TASK_TIMEOUT_MS: "60000",
      MEILISEARCH_REQUEST_TIMEOUT_MS: "5000",
      MEILISEARCH_MAX_TOTAL_HITS: "20000",
      MEILISEARCH_MAX_VALUES_PER_FACET: "200",
      MEILISEARCH_CONTAINS_FILTER: "true",
    }).options.providers
    expect(meili.options).toEqual({
      host: "http://meili:7700",
      max_batch_bytes: 1048576,
      max_batch_documents: 500,
      task_timeout_ms: 60000,
      request_timeout_ms: 5000,
      max_total_hits: 20000,
      max_values_per_facet: 200,
      contains_filter: true,
    })
    expect(() => searchModuleConfig({ MEILISEARCH_HOST: "http://m", MEILISEARCH_MAX_BATCH_BYTES: "100MB" })).toThrow(
      /MEILISEARCH_MAX_BATCH_BYTES must be a positive integer/
    )
  })
})
