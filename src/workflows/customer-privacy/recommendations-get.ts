import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ANALYTICS_REPORT_MODULE } from "../../modules/analytics-report"
import { CUSTOMER_PRIVACY_MODULE } from "../../modules/customer-privacy"
import type CustomerPrivacyModuleService from "../../modules/customer-privacy/service"
import { rankRecommendations, type Recommendation } from "../../modules/customer-privacy/utils/recommendations"
import { loadProducts, optionalService, type ProductCard } from "./utils"

export const getCustomerRecommendationsWorkflowId = "customer-privacy-get-recommendations"

export type GetCustomerRecommendationsInput = { customer_id: string; limit: number; sales_channel_ids: string[] }

export type CustomerRecommendation = ProductCard & Pick<Recommendation, "score" | "reasons">

/** Orders read for the purchase signal (newest first). */
const MAX_ORDERS = 200
/** Products per category considered as candidates. */
const MAX_PER_CATEGORY = 100
/** Co-purchase pairs read. */
const MAX_PAIRS = 500

/**
 * Recommendations for a logged-in customer who gave the personalisation
 * consent (none otherwise): products sharing categories with what they
 * bought (weight 2) or looked at (weight 1), and products other customers
 * bought together with those (analytics co-purchase counts, when the
 * analytics module is installed). Never something they already bought,
 * never a product the storefront cannot sell now. Reads only.
 */
export const getCustomerRecommendationsStep = createStep(
  "customer-privacy-get-recommendations-step",
  async (input: GetCustomerRecommendationsInput, { container }) => {
    const privacy: CustomerPrivacyModuleService = container.resolve(CUSTOMER_PRIVACY_MODULE)
    const consent = await privacy.getConsent(input.customer_id)
    if (!consent.personalisation || !input.sales_channel_ids.length) {
      return new StepResponse<CustomerRecommendation[]>([])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    const [views, { data: orders }] = await Promise.all([
      privacy.listRecentViews(input.customer_id),
      query.graph({
        entity: "order",
        fields: ["id", "items.product_id"],
        filters: { customer_id: input.customer_id },
        pagination: { take: MAX_ORDERS, order: { created_at: "DESC" } },
      }),
    ])
    const purchased = [
      ...new Set(
        (orders as any[]).flatMap((o) => (o.items ?? []).map((i: any) => i?.product_id).filter(Boolean) as string[])
      ),
    ]
    const viewed = views.map((v) => v.product_id)
    const seenIds = [...new Set([...purchased, ...viewed])]
    if (!seenIds.length) return new StepResponse<CustomerRecommendation[]>([])

    const { data: seenProducts } = await query.graph({
      entity: "product",
      fields: ["id", "categories.id"],
      filters: { id: seenIds },
    })
    const categoryIds = [
      ...new Set((seenProducts as any[]).flatMap((p) => (p.categories ?? []).filter(Boolean).map((c: any) => c.id))),
    ]

    const analytics = optionalService(container, ANALYTICS_REPORT_MODULE)
    const [{ data: categories }, pairs] = await Promise.all([
      categoryIds.length
        ? query.graph({ entity: "product_category", fields: ["id", "products.id"], filters: { id: categoryIds } })
        : Promise.resolve({ data: [] as any[] }),
      analytics?.listAnalyticsCoPurchases
        ? analytics.listAnalyticsCoPurchases(
            { product_id: seenIds },
            {
              select: ["product_id", "other_product_id", "orders_count"],
              order: { orders_count: "DESC", other_product_id: "ASC" },
              take: MAX_PAIRS,
            }
          )
        : Promise.resolve([]),
    ])
    const candidateIds = new Set<string>()
    for (const category of categories as any[]) {
      for (const p of (category.products ?? []).filter(Boolean).slice(0, MAX_PER_CATEGORY)) candidateIds.add(p.id)
    }
    for (const pair of pairs as any[]) candidateIds.add(pair.other_product_id)
    seenIds.forEach((id) => candidateIds.add(id))

    const products = await loadProducts(container, [...candidateIds], input.sales_channel_ids)
    const ranked = rankRecommendations(
      {
        purchased_product_ids: purchased,
        viewed_product_ids: viewed,
        categories_by_product: Object.fromEntries([...products].map(([id, p]) => [id, p.category_ids])),
        co_purchases: (pairs as any[]).map((p) => ({
          product_id: p.product_id,
          other_product_id: p.other_product_id,
          orders_count: Number(p.orders_count),
        })),
        available_product_ids: [...products].filter(([, p]) => p.visible).map(([id]) => id),
      },
      input.limit
    )
    return new StepResponse<CustomerRecommendation[]>(
      ranked.map((r) => ({ ...products.get(r.product_id)!.card, score: r.score, reasons: r.reasons }))
    )
  }
)

export const getCustomerRecommendationsWorkflow = createWorkflow(
  getCustomerRecommendationsWorkflowId,
  (input: GetCustomerRecommendationsInput) => new WorkflowResponse(getCustomerRecommendationsStep(input))
)
