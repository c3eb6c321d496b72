import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isRecommendable, type CandidateProduct } from "../../modules/analytics-report/utils/recommendations"

/** A product as the storefront shows it in "recently viewed" and recommendations. */
export type ProductCard = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  thumbnail: string | null
}

const PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "status",
  "categories.id",
  "sales_channels.id",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

const toCandidate = (p: any): CandidateProduct => ({
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
})

export type LoadedProduct = { card: ProductCard; category_ids: string[]; visible: boolean }

/**
 * Loads products with their categories and whether the storefront of the
 * given sales channels may show them (published, in one of the channels,
 * some variant purchasable at the channels' locations), with the same rule
 * as "frequently bought together". Without channels (the admin's view),
 * visible means published.
 */
export async function loadProducts(
  container: MedusaContainer,
  productIds: string[],
  salesChannelIds: string[] | null
): Promise<Map<string, LoadedProduct>> {
  const out = new Map<string, LoadedProduct>()
  const ids = [...new Set(productIds)]
  if (!ids.length) return out
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const channels = new Set(salesChannelIds ?? [])
  const [{ data: products }, { data: channelLocations }] = await Promise.all([
    query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: ids } }),
    channels.size
      ? query.graph({
          entity: "sales_channel_locations",
          fields: ["stock_location_id"],
          filters: { sales_channel_id: [...channels] },
        })
      : Promise.resolve({ data: [] as any[] }),
  ])
  const locationIds = new Set<string>(channelLocations.map((l: any) => l.stock_location_id))
  for (const p of products as any[]) {
    out.set(p.id, {
      card: {
        id: p.id,
        title: p.title,
        subtitle: p.subtitle ?? null,
        handle: p.handle,
        thumbnail: p.thumbnail ?? null,
      },
      category_ids: (p.categories ?? []).filter(Boolean).map((c: any) => c.id),
      visible: salesChannelIds
        ? channels.size > 0 && isRecommendable(toCandidate(p), { salesChannelIds: channels, locationIds })
        : p.status === "published",
    })
  }
  return out
}

/** A module's service when it is registered (the privacy features work with any subset of our modules). */
export function optionalService<T = any>(container: MedusaContainer, key: string): T | null {
  return container.hasRegistration(key) ? (container.resolve(key) as T) : null
}
