import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_QUALITY_MODULE } from "../../modules/catalog-quality"
import type CatalogQualityModuleService from "../../modules/catalog-quality/service"
import { joinUrl, sitemapIndexXml, sitemapPlan, urlsetXml } from "../../modules/catalog-quality/utils/structured-data"
import { storeBaseUrl } from "./utils"

export const buildSitemapWorkflowId = "catalog-quality-build-sitemap"

export type BuildSitemapInput = {
  /** The publishable API key from `?key=`; it decides the sales channels. */
  key: string
  page?: number
  /** Absolute URL of this route (for the index's page links), e.g. https://api.example.com/sitemap.xml. */
  self_url: string
}

const PATHS = { product: "products", category: "categories", collection: "collections" } as const

/**
 * The sitemap of one storefront (a publishable key's sales channels):
 * `<urlset>` when it fits `sitemap_page_size`, else a `<sitemapindex>` of
 * pages. 401 for a key that is not an active publishable key. Reads only.
 */
const buildSitemapStep = createStep("catalog-quality-build-sitemap-step", async (input: BuildSitemapInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service: CatalogQualityModuleService = container.resolve(CATALOG_QUALITY_MODULE)
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "type", "revoked_at", "sales_channels.id"],
    filters: { token: input.key, type: "publishable" },
  })
  const key: any = keys[0]
  if (!key || (key.revoked_at && new Date(key.revoked_at) <= new Date())) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "A valid publishable API key is required (?key=)")
  }
  const channels = (key.sales_channels ?? []).map((c: any) => c?.id).filter(Boolean)
  const settings = await service.getSettings()
  const entries = await service.listSitemapEntries(channels)
  const plan = sitemapPlan(entries.length, settings.sitemap_page_size, input.page)
  if (!plan) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sitemap page ${input.page} does not exist`)
  if (plan.kind === "index") {
    const base = `${input.self_url}?key=${encodeURIComponent(input.key)}`
    return new StepResponse(sitemapIndexXml(Array.from({ length: plan.pages }, (_, i) => `${base}&page=${i + 1}`)))
  }
  const baseUrl = storeBaseUrl(settings)
  return new StepResponse(
    urlsetXml(
      entries.slice(plan.from, plan.to).map((e) => ({
        loc: joinUrl(baseUrl, `${PATHS[e.type]}/${encodeURIComponent(e.handle)}`),
        lastmod: e.updated_at,
      }))
    )
  )
})

export const buildSitemapWorkflow = createWorkflow(
  buildSitemapWorkflowId,
  (input: BuildSitemapInput) => new WorkflowResponse(buildSitemapStep(input))
)
