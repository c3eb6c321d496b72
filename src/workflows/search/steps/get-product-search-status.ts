import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_INDEX } from "../../../search/_config"
import { toTime } from "./get-search-index-status"

export const getProductSearchStatusStepId = "search-get-product-status"

export type ProductSearchState =
  /** Published and its document matches the product's last change. */
  | "indexed"
  /** Published, but the document is older than the product's last change (an update is on its way). */
  | "stale"
  /** Published and not in the index. */
  | "missing"
  /** Not published, and (correctly) not in the index. */
  | "not_indexed"
  /** Not published but still in the index: a removal is on its way. */
  | "pending_removal"
  /** The engine could not be asked. */
  | "unreachable"

export type ProductSearchStatus = {
  product_id: string
  index: string
  state: ProductSearchState
  product: { status: string; updated_at: string | null; sales_channel_ids: string[] }
  document: Record<string, unknown> | null
  error: string | null
}

/** One product next to its document in the product index (admin product page widget). */
export const getProductSearchStatusStep = createStep(
  getProductSearchStatusStepId,
  async (input: { product_id: string }, { container }) => {
    const search = container.resolve<ISearchModuleService>(Modules.SEARCH, { allowUnregistered: true } as any)
    if (!search) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The Search Module is not enabled")
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [product],
    } = await query.graph({
      entity: "product",
      fields: ["id", "status", "updated_at", "sales_channels.id"],
      filters: { id: input.product_id },
    })
    if (!product)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${input.product_id} was not found`)

    let document: Record<string, unknown> | null = null
    let error: string | null = null
    try {
      const { hits } = await search.search({
        entity: PRODUCT_INDEX,
        filters: { id: input.product_id },
        pagination: { take: 1 },
      })
      document = (hits[0]?.document as Record<string, unknown>) ?? null
    } catch (e) {
      error = (e as Error).message
    }
    const published = product.status === ProductStatus.PUBLISHED
    const changed = toTime(product.updated_at) ?? 0
    const source = toTime(document?.source_updated_at)
    const state: ProductSearchState = error
      ? "unreachable"
      : published
        ? !document
          ? "missing"
          : source === null || source < changed
            ? "stale"
            : "indexed"
        : document
          ? "pending_removal"
          : "not_indexed"
    const status: ProductSearchStatus = {
      product_id: product.id,
      index: PRODUCT_INDEX,
      state,
      product: {
        status: product.status,
        updated_at: product.updated_at ? new Date(product.updated_at as any).toISOString() : null,
        sales_channel_ids: ((product.sales_channels ?? []) as { id: string }[]).map((channel) => channel.id),
      },
      document,
      error,
    }
    return new StepResponse(status)
  }
)
