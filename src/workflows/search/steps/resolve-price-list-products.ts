import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const resolvePriceListProductsStepId = "search-resolve-price-list-products"

export type PriceListProductsInput = {
  /** These price lists (their settings changed). */
  price_list_ids?: string[]
  /** Price lists that started or ended between these two instants (ISO strings). */
  window?: { from: string; to: string }
}

/**
 * The products priced by some price lists: those given, and those whose
 * validity window opened or closed in the given time window. A price list
 * switching on or off (status, dates, rules) emits no event of its own, and
 * nothing at all happens when its start or end date simply passes, so their
 * products' documents would keep the old calculated price without this.
 */
export const resolvePriceListProductsStep = createStep(
  resolvePriceListProductsStepId,
  async (input: PriceListProductsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const listIds = new Set(input.price_list_ids ?? [])
    if (input.window) {
      const range = { $gte: new Date(input.window.from), $lte: new Date(input.window.to) }
      const { data } = await query.graph({
        entity: "price_list",
        fields: ["id"],
        filters: { $or: [{ starts_at: range }, { ends_at: range }] },
      })
      data.forEach((list: { id: string }) => listIds.add(list.id))
    }
    if (!listIds.size) return new StepResponse({ product_ids: [] as string[] })
    const { data: lists } = await query.graph({
      entity: "price_list",
      fields: ["id", "prices.price_set_id"],
      filters: { id: [...listIds] },
      withDeleted: true,
    } as any)
    const priceSetIds = [
      ...new Set(
        (lists as any[]).flatMap((list) => (list.prices ?? []).map((price: any) => price.price_set_id)).filter(Boolean)
      ),
    ]
    if (!priceSetIds.length) return new StepResponse({ product_ids: [] as string[] })
    const { data: links } = await query.graph({
      entity: "product_variant_price_set",
      fields: ["variant_id"],
      filters: { price_set_id: priceSetIds },
    } as any)
    const variantIds = [...new Set((links as any[]).map((link) => link.variant_id).filter(Boolean))]
    if (!variantIds.length) return new StepResponse({ product_ids: [] as string[] })
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["product_id"],
      filters: { id: variantIds },
    })
    const productIds = [...new Set((variants as any[]).map((variant) => variant.product_id).filter(Boolean))]
    return new StepResponse({ product_ids: productIds as string[] })
  }
)
