/** Share of `part` in `whole`, 0 when there is nothing to divide (rounded to 4 decimals). */
export function rate(part: number, whole: number): number {
  if (!whole) return 0
  return Math.round((part / whole) * 10_000) / 10_000
}

/** "title:ASC,units_sold:DESC" from a pagination order, null for relevance only. */
export function sortLabel(order: Record<string, string> | null | undefined): string | null {
  const entries = Object.entries(order ?? {})
  if (!entries.length) return null
  return entries
    .map(([field, direction]) => `${field}:${direction}`)
    .join(",")
    .slice(0, 200)
}

/** Report window: the last `days` days up to `now`. */
export function reportWindow(days: number, now = new Date()): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - days * 86_400_000), to: now }
}
