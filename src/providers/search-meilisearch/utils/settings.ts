import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { MeilisearchSettings } from "../types"
import { MEILISEARCH_PROVIDER_ID } from "../types"
import { fail, IndexPlan } from "./plan"

/**
 * Meilisearch's built-in rules with `sort` moved first, so that a query's
 * `pagination.order` orders the hits (relevance breaks ties) instead of only
 * reordering within relevance buckets. Without a sort the rule does nothing
 * and the order is pure relevance.
 */
export const DEFAULT_RANKING_RULES = ["sort", "words", "typo", "proximity", "attribute", "exactness"]

const BUILTIN_RANKING_RULES = new Set([
  "words",
  "typo",
  "proximity",
  "attribute",
  "attributeRank",
  "wordPosition",
  "sort",
  "exactness",
])

/** Meilisearch's own minimum word sizes for one and two typos. */
const DEFAULT_ONE_TYPO = 5
const DEFAULT_TWO_TYPOS = 9

/** The limits the search path needs to know about an index. */
export interface IndexLimits {
  max_total_hits: number
  max_values_per_facet: number
  /** Whether the index's ranking rules start with `sort` (the provider's default); see `compileSort`. */
  sort_first?: boolean
}

export interface BuiltIndexSettings {
  settings: MeilisearchSettings
  limits: IndexLimits
}

/**
 * The index-level Meilisearch options a definition may carry under
 * `settings.provider_options["search-meilisearch"]` (or `.meilisearch`). Names are
 * Meilisearch's; `synonyms`, `stop_words` and `ranking_rules` also have snake_case aliases.
 */
const PASSTHROUGH = [
  "separatorTokens",
  "nonSeparatorTokens",
  "dictionary",
  "proximityPrecision",
  "searchCutoffMs",
  "localizedAttributes",
  "facetSearch",
  "prefixSearch",
] as const

const ALIASES: Record<string, string> = {
  stop_words: "stopWords",
  ranking_rules: "rankingRules",
  max_total_hits: "maxTotalHits",
  max_values_per_facet: "maxValuesPerFacet",
  sort_facet_values_by: "sortFacetValuesBy",
  disable_on_numbers: "disableOnNumbers",
  disable_on_words: "disableOnWords",
}

const KNOWN = new Set<string>([
  ...PASSTHROUGH,
  "synonyms",
  "stopWords",
  "rankingRules",
  "maxTotalHits",
  "maxValuesPerFacet",
  "sortFacetValuesBy",
  "disableOnNumbers",
  "disableOnWords",
])

function invalid(index: string, message: string): never {
  fail(`Invalid Meilisearch settings for search index "${index}": ${message}`, MedusaError.Types.INVALID_DATA)
}

/** Merges `provider_options.meilisearch` and `provider_options["search-meilisearch"]` (the identifier wins), aliases resolved. */
export function meilisearchIndexOptions(
  settings: SearchTypes.SearchIndexSettings | undefined,
  index: string
): Record<string, unknown> {
  const merged = {
    ...(settings?.provider_options?.meilisearch ?? {}),
    ...(settings?.provider_options?.[MEILISEARCH_PROVIDER_ID] ?? {}),
  }
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(merged)) {
    const name = ALIASES[key] ?? key
    if (!KNOWN.has(name)) {
      invalid(index, `unknown option "${key}" (known: ${[...KNOWN].sort().join(", ")})`)
    }
    out[name] = value
  }
  return out
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === "string" && entry.length > 0)

function positiveInteger(index: string, name: string, value: unknown, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max) {
    invalid(index, `${name} must be an integer between 1 and ${max}`)
  }
  return value
}

function rankingRules(index: string, plan: IndexPlan, value: unknown): string[] {
  if (!isStringList(value) || !value.length) invalid(index, "rankingRules must be a non-empty list of rule names")
  for (const rule of value) {
    if (BUILTIN_RANKING_RULES.has(rule)) continue
    const custom = /^(.+):(asc|desc)$/.exec(rule)
    if (!custom) invalid(index, `unknown ranking rule "${rule}"`)
    const field = plan.fields.get(custom[1])
    if (!field) invalid(index, `ranking rule "${rule}" names a field the index does not declare`)
    if (!field.is_numeric) invalid(index, `ranking rule "${rule}" needs a numeric or date field`)
  }
  return value
}

function synonyms(index: string, value: unknown): Record<string, string[]> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    invalid(index, "synonyms must map a word to a list of words")
  }
  for (const [word, list] of Object.entries(value)) {
    if (!word || !isStringList(list)) invalid(index, `synonyms of "${word}" must be a list of non-empty strings`)
  }
  return value as Record<string, string[]>
}

function typoTolerance(
  index: string,
  plan: IndexPlan,
  typo: SearchTypes.SearchIndexSettings["typo_tolerance"],
  extra: Record<string, unknown>
): NonNullable<MeilisearchSettings["typoTolerance"]> {
  const one = typo?.min_word_size_for_one_typo
  const two = typo?.min_word_size_for_two_typos
  for (const [name, size] of [
    ["min_word_size_for_one_typo", one],
    ["min_word_size_for_two_typos", two],
  ] as const) {
    if (size !== undefined && (typeof size !== "number" || !Number.isInteger(size) || size < 0 || size > 255)) {
      invalid(index, `typo_tolerance.${name} must be an integer between 0 and 255`)
    }
  }
  if ((two ?? DEFAULT_TWO_TYPOS) < (one ?? DEFAULT_ONE_TYPO)) {
    invalid(
      index,
      `typo_tolerance.min_word_size_for_two_typos (${two ?? DEFAULT_TWO_TYPOS}) cannot be lower than min_word_size_for_one_typo (${one ?? DEFAULT_ONE_TYPO})`
    )
  }
  const disabled = typo?.disabled_on_attributes ?? []
  for (const path of disabled) {
    if (!plan.fields.has(path)) {
      invalid(index, `typo_tolerance.disabled_on_attributes names "${path}", which is not a field of the index`)
    }
  }
  if (extra.disableOnNumbers !== undefined && typeof extra.disableOnNumbers !== "boolean") {
    invalid(index, "disableOnNumbers must be a boolean")
  }
  if (extra.disableOnWords !== undefined && !isStringList(extra.disableOnWords)) {
    invalid(index, "disableOnWords must be a list of words")
  }
  return {
    enabled: typo?.enabled ?? true,
    minWordSizeForTypos: { oneTypo: one ?? DEFAULT_ONE_TYPO, twoTypos: two ?? DEFAULT_TWO_TYPOS },
    disableOnAttributes: disabled,
    ...(extra.disableOnNumbers !== undefined ? { disableOnNumbers: extra.disableOnNumbers as boolean } : {}),
    ...(extra.disableOnWords !== undefined ? { disableOnWords: extra.disableOnWords as string[] } : {}),
  }
}

/**
 * A definition as Meilisearch settings. Every setting the provider manages is
 * written explicitly (defaults included), so applying it twice, or over an
 * index left by a crashed run, converges on the same state.
 */
export function buildIndexSettings(
  definition: Pick<SearchTypes.ResolvedSearchIndexDefinition, "name" | "settings">,
  plan: IndexPlan,
  defaults: IndexLimits
): BuiltIndexSettings {
  const index = definition.name
  const options = meilisearchIndexOptions(definition.settings, index)

  const max_total_hits =
    options.maxTotalHits !== undefined
      ? positiveInteger(index, "maxTotalHits", options.maxTotalHits)
      : defaults.max_total_hits
  const max_values_per_facet =
    options.maxValuesPerFacet !== undefined
      ? positiveInteger(index, "maxValuesPerFacet", options.maxValuesPerFacet)
      : defaults.max_values_per_facet

  let sortFacetValuesBy: Record<string, "alpha" | "count"> = { "*": "count" }
  if (options.sortFacetValuesBy !== undefined) {
    const value = options.sortFacetValuesBy as Record<string, unknown>
    if (
      typeof value !== "object" ||
      value === null ||
      Object.values(value).some((entry) => entry !== "alpha" && entry !== "count")
    ) {
      invalid(index, 'sortFacetValuesBy must map a field (or "*") to "alpha" or "count"')
    }
    sortFacetValuesBy = value as Record<string, "alpha" | "count">
  }

  if (options.stopWords !== undefined && !isStringList(options.stopWords)) {
    invalid(index, "stopWords must be a list of words")
  }

  const rules =
    options.rankingRules !== undefined ? rankingRules(index, plan, options.rankingRules) : DEFAULT_RANKING_RULES

  const settings: MeilisearchSettings = {
    searchableAttributes: plan.searchable,
    filterableAttributes: [...plan.filterable].sort(),
    sortableAttributes: [...plan.sortable].sort(),
    displayedAttributes: ["*"],
    distinctAttribute: definition.settings?.distinct_attribute ?? null,
    rankingRules: rules,
    synonyms: options.synonyms !== undefined ? synonyms(index, options.synonyms) : {},
    stopWords: (options.stopWords as string[] | undefined) ?? [],
    typoTolerance: typoTolerance(index, plan, definition.settings?.typo_tolerance, options),
    faceting: { maxValuesPerFacet: max_values_per_facet, sortFacetValuesBy },
    pagination: { maxTotalHits: max_total_hits },
  }
  for (const key of PASSTHROUGH) {
    if (options[key] !== undefined) {
      ;(settings as Record<string, unknown>)[key] = options[key]
    }
  }

  return { settings, limits: { max_total_hits, max_values_per_facet, sort_first: rules[0] === "sort" } }
}
