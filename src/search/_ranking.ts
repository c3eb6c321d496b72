import type { RankingRule } from "../modules/search-insight/utils/settings"

type Order = Record<string, "ASC" | "DESC">

/** How each ranking rule sorts the product index. */
const RULE_ORDER: Record<RankingRule, Order> = {
  relevance: { _score: "DESC" },
  in_stock: { in_stock_rank: "DESC" },
  best_selling: { units_sold: "DESC" },
  newest: { created_at: "DESC" },
}

/**
 * The order of a query that asked for none ("relevance"): the store's
 * ranking rules in their order. Without a text query there is no relevance
 * to rank by, so that rule drops out and the others order a browse.
 */
export function rankingOrder(rules: readonly RankingRule[], hasText: boolean): Order {
  const order: Order = {}
  for (const rule of rules) {
    if (rule === "relevance" && !hasText) continue
    Object.assign(order, RULE_ORDER[rule])
  }
  return order
}

/**
 * Adds `id` as the last sort key, so results with equal sort values come in
 * the same order on every page and every engine (stable pagination).
 */
export function withTiebreak(order: Order | undefined): Order {
  const out: Order = { ...(order ?? {}) }
  if (!("id" in out)) out.id = "ASC"
  return out
}
