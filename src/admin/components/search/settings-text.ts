import type { RankingRule } from "./types"

/**
 * The settings form edits lists as text: one synonym group per line (terms
 * separated by commas), stop words separated by commas, spaces or lines.
 */

export function parseSynonymLines(text: string): string[][] {
  return text
    .split("\n")
    .map((line) =>
      line
        .split(",")
        .map((term) => term.trim())
        .filter(Boolean)
    )
    .filter((group) => group.length > 0)
}

export const formatSynonymLines = (groups: string[][]) => groups.map((group) => group.join(", ")).join("\n")

/** Lines of the synonym text that have a single term (a group needs two). */
export const lonelySynonymLines = (text: string) =>
  text
    .split("\n")
    .map((line, i) => ({
      line: i + 1,
      terms: line
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
    }))
    .filter((entry) => entry.terms.length === 1)
    .map((entry) => entry.line)

export const parseStopWords = (text: string) => [
  ...new Set(
    text
      .split(/[\s,]+/)
      .map((w) => w.trim())
      .filter(Boolean)
  ),
]

export const formatStopWords = (words: string[]) => words.join(", ")

export const RANKING_RULE_LABELS: Record<RankingRule, { label: string; hint: string }> = {
  relevance: { label: "Relevance", hint: "How well the text matches the query (no effect without a query)" },
  in_stock: { label: "In stock", hint: "Products that can be bought first" },
  best_selling: { label: "Best selling", hint: "Most units sold first" },
  newest: { label: "Newest", hint: "Most recently created first" },
}

/** Moves the rule at `index` one place up (-1) or down (+1). */
export function moveRule(rules: RankingRule[], index: number, direction: -1 | 1): RankingRule[] {
  const target = index + direction
  if (target < 0 || target >= rules.length) return rules
  const next = [...rules]
  ;[next[index], next[target]] = [next[target], next[index]]
  return next
}
