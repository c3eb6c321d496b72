import { ContainerRegistrationKeys, getVariantAvailability, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_QUALITY_MODULE } from "../../modules/catalog-quality"
import type CatalogQualityModuleService from "../../modules/catalog-quality/service"
import { availabilityOf, joinUrl, productJsonLd } from "../../modules/catalog-quality/utils/structured-data"
import { storeBaseUrl } from "./utils"

export const getProductJsonLdWorkflowId = "catalog-quality-get-product-json-ld"

export type GetProductJsonLdInput = {
  /** A product id, or its handle. */
  product: string
  sales_channel_ids: string[]
  region_id?: string
  currency_code?: string
}

/**
 * JSON-LD `Product` of a published product the storefront's channels sell:
 * prices in the region's (or the given) currency, availability in the
 * channel. 404 for anything the storefront cannot show. Reads only.
 */
const getProductJsonLdStep = createStep(
  "catalog-quality-get-product-json-ld-step",
  async (input: GetProductJsonLdInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: CatalogQualityModuleService = container.resolve(CATALOG_QUALITY_MODULE)
    let currency = input.currency_code?.toLowerCase()
    if (input.region_id) {
      const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: input.region_id } })
      if (!regions[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Region ${input.region_id} was not found`)
      currency = regions[0].currency_code
    }
    const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product} was not found`)
    const { data } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "title",
        "handle",
        "description",
        "thumbnail",
        "metadata",
        "images.url",
        "images.rank",
        "sales_channels.id",
        "variants.id",
        "variants.sku",
        "variants.title",
        "variants.manage_inventory",
        "variants.allow_backorder",
        "variants.variant_rank",
        "variants.calculated_price.calculated_amount",
        "variants.calculated_price.currency_code",
      ],
      filters: { status: "published", ...(input.product.startsWith("prod_") ? { id: input.product } : { handle: input.product }) },
      context: {
        variants: {
          calculated_price: QueryContext({ ...(input.region_id ? { region_id: input.region_id } : {}), currency_code: currency }),
        },
      },
    })
    const product: any = data[0]
    if (!product) throw notFound()
    const channel = (product.sales_channels ?? []).map((c: any) => c?.id).find((id: string) => input.sales_channel_ids.includes(id))
    if (!channel) throw notFound()

    const variants: any[] = [...(product.variants ?? [])].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
    const managed = variants.filter((v) => v.manage_inventory).map((v) => v.id)
    const stock = managed.length ? await getVariantAvailability(query, { variant_ids: managed, sales_channel_id: channel }) : {}
    const [seo, settings] = [await service.getProductSeo(product.id), await service.getSettings()]
    const images = [...(product.images ?? [])]
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((i) => i.url)
      .filter(Boolean)
    if (!images.length && product.thumbnail) images.push(product.thumbnail)
    const brand = typeof product.metadata?.brand === "string" && product.metadata.brand.trim() ? product.metadata.brand.trim() : null

    return new StepResponse(
      productJsonLd({
        url: joinUrl(storeBaseUrl(settings), `products/${seo?.canonical_handle || product.handle}`),
        name: product.title,
        description: seo?.meta_description || product.description || null,
        images,
        brand,
        variants: variants.map((v) => ({
          sku: v.sku ?? null,
          title: v.title ?? null,
          amount: v.calculated_price?.calculated_amount ?? null,
          currency_code: v.calculated_price?.currency_code ?? null,
          availability: availabilityOf(v, stock[v.id]?.availability ?? null),
        })),
      })
    )
  }
)

export const getProductJsonLdWorkflow = createWorkflow(
  getProductJsonLdWorkflowId,
  (input: GetProductJsonLdInput) => new WorkflowResponse(getProductJsonLdStep(input))
)
