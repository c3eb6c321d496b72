/** "1.2 s", "3 min", "2 h" for a lag in milliseconds. */
export function formatLag(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—"
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`
  return `${Math.round(ms / 3_600_000)} h`
}

const PROVIDERS: Record<string, string> = {
  "search-postgres": "PostgreSQL",
  "search-meilisearch": "Meilisearch",
  "search-medusa": "Medusa Cloud",
}

export const providerLabel = (id: string) => PROVIDERS[id] ?? id
