/**
 * Index-time synonyms. A document that mentions one term of a synonym group
 * gets the group's other terms in a hidden searchable field, so a search for
 * any term of the group finds it, on every engine: Postgres has no synonym
 * dictionary per index, and Meilisearch's would only apply on that engine.
 */

/** Lower case, letters and digits only, single spaces: "T-Shirt!" -> "t shirt". */
export function synonymText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
}

/** Whether `term` occurs in `haystack` as whole words (plural "s"/"es" allowed): both already synonymText. */
function mentions(haystack: string, term: string): boolean {
  if (!term) return false
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  return new RegExp(`(^| )${escaped}(e?s)?( |$)`).test(haystack)
}

/** The terms to add to a document whose searchable texts are `texts`. */
export function expandSynonyms(texts: (string | null | undefined)[], groups: readonly (readonly string[])[]): string[] {
  if (!groups.length) return []
  const haystack = synonymText(texts.filter(Boolean).join(" "))
  const added = new Set<string>()
  for (const group of groups) {
    const present = group.filter((term) => mentions(haystack, synonymText(term)))
    if (!present.length) continue
    for (const term of group) if (!present.includes(term)) added.add(term)
  }
  return [...added].sort()
}
