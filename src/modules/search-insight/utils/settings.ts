import { normalizeQuery } from "./query-text"

/**
 * The rules that order results after text relevance, in the order the
 * merchant chose. `relevance` is the engine's text score; the others are
 * document fields (see src/search/_ranking.ts for how each one sorts).
 */
export const RANKING_RULES = ["relevance", "in_stock", "best_selling", "newest"] as const
export type RankingRule = (typeof RANKING_RULES)[number]
export const DEFAULT_RANKING_RULES: RankingRule[] = ["relevance", "in_stock", "best_selling", "newest"]

export const MAX_SYNONYM_GROUPS = 500
export const MAX_SYNONYM_TERMS = 20
export const MAX_STOP_WORDS = 500

export type SearchSettings = {
  synonyms: string[][]
  stop_words: string[]
  ranking_rules: RankingRule[]
  updated_at: Date | string | null
  updated_by: string | null
}

/**
 * Synonym groups as they are stored: terms trimmed and lower-cased, each term
 * once per group, groups of fewer than two terms dropped, the same group
 * given twice kept once. Groups that share a term are merged, since "a = b"
 * and "b = c" mean a, b and c all find each other.
 */
export function normalizeSynonymGroups(groups: readonly (readonly string[])[]): string[][] {
  const cleaned = groups
    .map((group) => [...new Set(group.map((term) => normalizeQuery(term)).filter(Boolean))])
    .filter((group) => group.length >= 2)
  const merged: Set<string>[] = []
  for (const group of cleaned) {
    const overlapping = merged.filter((existing) => group.some((term) => existing.has(term)))
    const target = new Set(group)
    for (const existing of overlapping) {
      existing.forEach((term) => target.add(term))
      merged.splice(merged.indexOf(existing), 1)
    }
    merged.push(target)
  }
  return merged.map((group) => [...group].sort())
}

export function normalizeStopWords(words: readonly string[]): string[] {
  return [...new Set(words.map((word) => normalizeQuery(word)).filter((word) => word && !/\s/.test(word)))].sort()
}

/** The given rules in their order, each once; an empty list means the defaults. */
export function normalizeRankingRules(rules: readonly string[] | null | undefined): RankingRule[] {
  const known = new Set<string>(RANKING_RULES)
  const out = [...new Set((rules ?? []).filter((rule) => known.has(rule)))] as RankingRule[]
  return out.length ? out : [...DEFAULT_RANKING_RULES]
}

/** Whether two synonym lists index the same documents (a change needs a reindex). */
export function sameSynonyms(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean {
  const key = (groups: readonly (readonly string[])[]) =>
    JSON.stringify(
      normalizeSynonymGroups(groups)
        .map((group) => group.join("\u0000"))
        .sort()
    )
  return key(a) === key(b)
}
