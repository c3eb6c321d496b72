/**
 * Personalised recommendations, as a pure ranking over signals gathered
 * elsewhere: what the customer bought and looked at, the categories of
 * those products, and how often other products were bought together with
 * them (analytics co-purchase counts).
 */
export type RecommendationSignals = {
  purchased_product_ids: string[]
  /** Newest first. */
  viewed_product_ids: string[]
  /** product id → its category ids, for purchased, viewed and candidate products. */
  categories_by_product: Record<string, string[]>
  /** Pairs (seen product → other product, orders containing both). */
  co_purchases: { product_id: string; other_product_id: string; orders_count: number }[]
  /** Products that may be shown (published, in the channel, purchasable). */
  available_product_ids: string[]
}

export type Recommendation = { product_id: string; score: number; reasons: ("co_purchase" | "category")[] }

export const WEIGHTS = {
  /** Per order that contained both products, capped per pair. */
  co_purchase: 3,
  co_purchase_cap: 10,
  /** Per category shared with a purchased product. */
  purchased_category: 2,
  /** Per category shared with a viewed product. */
  viewed_category: 1,
}

export function rankRecommendations(signals: RecommendationSignals, limit: number): Recommendation[] {
  const purchased = new Set(signals.purchased_product_ids)
  const available = new Set(signals.available_product_ids)
  const seen = new Set([...signals.purchased_product_ids, ...signals.viewed_product_ids])
  const scores = new Map<string, { score: number; reasons: Set<"co_purchase" | "category"> }>()
  const add = (productId: string, points: number, reason: "co_purchase" | "category") => {
    if (purchased.has(productId) || !available.has(productId) || points <= 0) return
    const entry = scores.get(productId) ?? { score: 0, reasons: new Set() }
    entry.score += points
    entry.reasons.add(reason)
    scores.set(productId, entry)
  }

  for (const pair of signals.co_purchases) {
    if (!seen.has(pair.product_id)) continue
    add(pair.other_product_id, WEIGHTS.co_purchase * Math.min(pair.orders_count, WEIGHTS.co_purchase_cap), "co_purchase")
  }

  const weightOfCategory = new Map<string, number>()
  const bump = (productIds: string[], weight: number) => {
    for (const id of productIds) {
      for (const cat of signals.categories_by_product[id] ?? []) {
        weightOfCategory.set(cat, Math.max(weightOfCategory.get(cat) ?? 0, weight))
      }
    }
  }
  bump(signals.viewed_product_ids, WEIGHTS.viewed_category)
  bump(signals.purchased_product_ids, WEIGHTS.purchased_category)
  for (const [productId, cats] of Object.entries(signals.categories_by_product)) {
    const points = cats.reduce((sum, cat) => sum + (weightOfCategory.get(cat) ?? 0), 0)
    add(productId, points, "category")
  }

  return [...scores.entries()]
    .map(([product_id, { score, reasons }]) => ({ product_id, score, reasons: [...reasons].sort() }))
    .sort((a, b) => b.score - a.score || (a.product_id < b.product_id ? -1 : 1))
    .slice(0, limit)
}
