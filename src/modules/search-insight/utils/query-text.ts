/**
 * Query text as the analytics keep it: normalised so that "Red  Shoes" and
 * "red shoes" count as one query, and with anything that looks like personal
 * data masked before it is stored.
 */

export const MAX_LOGGED_QUERY_LENGTH = 200

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g
/** Six or more digits, possibly split by spaces, dots, dashes or slashes: phone, card, order or account numbers. */
const LONG_NUMBER = /\+?\d(?:[\s./-]?\d){5,}/g

/** Lower case, Unicode NFKC, single spaces, trimmed. */
export function normalizeQuery(text: string | null | undefined): string {
  if (!text) return ""
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim()
}

/** E-mail addresses become "[email]", long digit runs "[number]". */
export function maskPersonalData(text: string): string {
  return text.replace(EMAIL, "[email]").replace(LONG_NUMBER, "[number]")
}

/** What the log stores for a query: normalised, masked and bounded. */
export function loggableQuery(text: string | null | undefined): string {
  return maskPersonalData(normalizeQuery(text)).slice(0, MAX_LOGGED_QUERY_LENGTH)
}

/**
 * Removes stop words from a query, keeping the other words as typed. A query
 * made only of stop words is kept as it is: "the" should still find "The
 * Classic Tee" rather than become a search for everything.
 */
export function stripStopWords(text: string, stopWords: readonly string[]): string {
  if (!stopWords.length || !text.trim()) return text
  const stop = new Set(stopWords.map((word) => normalizeQuery(word)))
  const words = text.split(/\s+/).filter(Boolean)
  const kept = words.filter((word) => !stop.has(normalizeQuery(word)))
  return kept.length ? kept.join(" ") : text
}
