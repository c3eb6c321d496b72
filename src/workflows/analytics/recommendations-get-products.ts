import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ANALYTICS_REPORT_MODULE } from "../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../modules/analytics-report/service"
import {
  candidatePoolSize,
  pickRecommendations,
  rankCoPurchases,
  type CandidateProduct,
} from "../../modules/analytics-report/utils/recommendations"

export const getProductRecommendationsWorkflowId = "analytics-get-product-recommendations"

export type GetProductRecommendationsInput = {
  product_id: string
  limit: number
  /** The publishable key's sales channels. */
  sales_channel_ids: string[]
}

export type RecommendedProduct = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  thumbnail: string | null
  /** Orders in which both products were bought. */
  orders_together: number
}

const PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "status",
  "sales_channels.id",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

const toCandidate = (p: any): CandidateProduct & { raw: any } => ({
  id: p.id,
  status: p.status,
  sales_channel_ids: (p.sales_channels ?? []).filter(Boolean).map((c: any) => c.id),
  variants: (p.variants ?? []).filter(Boolean).map((v: any) => ({
    manage_inventory: v.manage_inventory,
    allow_backorder: v.allow_backorder,
    inventory_items: (v.inventory_items ?? []).filter(Boolean).map((i: any) => ({
      required_quantity: i.required_quantity,
      inventory: {
        location_levels: (i.inventory?.location_levels ?? []).filter(Boolean).map((l: any) => ({
          location_id: l.location_id,
          available_quantity: Number(l.stocked_quantity ?? 0) - Number(l.reserved_quantity ?? 0),
        })),
      },
    })),
  })),
  raw: p,
})

/**
 * Frequently bought together for one product, as the storefront of a
 * publishable key may show it: the product must itself be visible there
 * (published, in one of the key's sales channels; else 404, as Medusa's own
 * product route answers), and every recommendation is published, in those
 * sales channels and available at their stock locations (or untracked /
 * backorderable). Reads only: nothing to compensate.
 */
export const getProductRecommendationsStep = createStep(
  "analytics-get-product-recommendations-step",
  async (input: GetProductRecommendationsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
    const channels = new Set(input.sales_channel_ids)

    const {
      data: [product],
    } = await query.graph({
      entity: "product",
      fields: ["id", "status", "sales_channels.id"],
      filters: { id: input.product_id },
    })
    const visible =
      product &&
      product.status === "published" &&
      (product.sales_channels ?? []).some((c: any) => c && channels.has(c.id))
    if (!visible) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${input.product_id} was not found`)
    }

    const pairs = await service.listAnalyticsCoPurchases(
      { product_id: input.product_id },
      {
        select: ["other_product_id", "orders_count"],
        order: { orders_count: "DESC", other_product_id: "ASC" },
        take: candidatePoolSize(input.limit),
      }
    )
    const ranked = rankCoPurchases(pairs as any[], input.product_id)
    if (!ranked.length || !channels.size) return new StepResponse<RecommendedProduct[]>([])

    const [{ data: products }, { data: channelLocations }] = await Promise.all([
      query.graph({
        entity: "product",
        fields: PRODUCT_FIELDS,
        filters: { id: ranked.map((r) => r.other_product_id), status: "published" },
      }),
      query.graph({
        entity: "sales_channel_locations",
        fields: ["stock_location_id"],
        filters: { sales_channel_id: [...channels] },
      }),
    ])
    const locationIds = new Set<string>(channelLocations.map((l: any) => l.stock_location_id))
    const picked = pickRecommendations(
      ranked,
      products.map(toCandidate),
      { salesChannelIds: channels, locationIds },
      input.limit
    )
    return new StepResponse<RecommendedProduct[]>(
      picked.map(({ product, orders_count }) => ({
        id: product.raw.id,
        title: product.raw.title,
        subtitle: product.raw.subtitle ?? null,
        handle: product.raw.handle,
        thumbnail: product.raw.thumbnail ?? null,
        orders_together: orders_count,
      }))
    )
  }
)

/** GET /store/products/:id/recommendations */
export const getProductRecommendationsWorkflow = createWorkflow(
  getProductRecommendationsWorkflowId,
  (input: GetProductRecommendationsInput) => new WorkflowResponse(getProductRecommendationsStep(input))
)
