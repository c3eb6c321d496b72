// Sets up the global registry `defineSearchIndex` records the definition in.
import "@medusajs/framework/modules-sdk"
import definition from "../../../search/product"
import { buildIndexPlan } from "../utils/plan"
import { buildIndexSettings } from "../utils/settings"

/**
 * The project's own product index (src/search/product.ts) must be something
 * this provider can hold: CI never runs Meilisearch, so this is where a field
 * or setting the provider refuses shows up before `db:migrate` meets it.
 */
describe("the project's product index on Meilisearch", () => {
  it("compiles to Meilisearch settings", () => {
    const resolved = { ...definition, primary_key: definition.primary_key ?? "id", settings: definition.settings ?? {} }
    const plan = buildIndexPlan(resolved)
    const { settings } = buildIndexSettings(resolved, plan, { max_total_hits: 10000, max_values_per_facet: 100 })
    expect(settings.searchableAttributes?.length).toBeGreaterThan(0)
    expect(settings.searchableAttributes?.[0]).toBe("title")
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["id", "channel_ids", "variant_ids"]))
    expect(plan.ignored_vectors).toEqual([])
  })
})
