/**
 * Settings of the product search index that shape its fields. Files under
 * src/search whose name starts with "_" are helpers: the Search Module's
 * loader imports every other file in this folder as an index definition.
 */

export const PRODUCT_INDEX = "product"

/**
 * Currencies with their own price fields (`prices.eur`, …), from
 * SEARCH_CURRENCIES (comma-separated ISO codes). Each costs one pricing
 * query per page of 200 products when documents are built. Changing the list
 * changes the index's fields, so `db:migrate` builds a new version.
 */
export function searchCurrencies(env: Record<string, string | undefined> = process.env): string[] {
  const raw = env.SEARCH_CURRENCIES?.trim() || "eur,usd"
  const codes = raw
    .split(",")
    .map((code) => code.trim().toLowerCase())
    .filter((code) => /^[a-z]{3}$/.test(code))
  return [...new Set(codes)].sort()
}

/**
 * Option titles that get their own facet field (`options.size`, …), with the
 * titles that mean the same option. Other options still land in
 * `option_values` (searchable, filterable, facetable).
 */
export const FACET_OPTIONS: Record<string, string[]> = {
  size: ["size", "sizes", "größe", "taille"],
  color: ["color", "colour", "colors", "colours", "farbe", "couleur"],
  material: ["material", "fabric"],
}

/** The facet key of an option title ("Colour" -> "color"), or null. */
export function facetOptionKey(title: string | null | undefined): string | null {
  const normalized = (title ?? "").trim().toLowerCase()
  for (const [key, aliases] of Object.entries(FACET_OPTIONS)) {
    if (aliases.includes(normalized)) return key
  }
  return null
}

/** Rows read from the database per page when (re)building documents. */
export const DOCUMENT_PAGE_SIZE = 200
