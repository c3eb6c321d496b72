import { maskPersonalData } from "./query-text"

const MAX_STRING = 100
const MAX_ARRAY = 20
const MAX_DEPTH = 5
const MAX_JSON = 2000

/**
 * The filters of a search as the log keeps them: same shape, strings masked
 * and shortened, long lists cut, bounded in size. A filter tree too large to
 * keep is replaced by the list of fields it used.
 */
export function loggableFilters(filters: unknown): Record<string, unknown> | null {
  if (!filters || typeof filters !== "object" || Array.isArray(filters)) return null
  const copy = sanitize(filters, 0) as Record<string, unknown>
  if (!Object.keys(copy).length) return null
  const json = JSON.stringify(copy)
  if (json.length <= MAX_JSON) return copy
  return { truncated: true, fields: [...filterFields(filters)].slice(0, MAX_ARRAY) }
}

function sanitize(value: unknown, depth: number): unknown {
  if (value === null || typeof value === "number" || typeof value === "boolean") return value
  if (typeof value === "string") return maskPersonalData(value).slice(0, MAX_STRING)
  if (depth >= MAX_DEPTH) return "…"
  if (Array.isArray(value)) return value.slice(0, MAX_ARRAY).map((entry) => sanitize(entry, depth + 1))
  if (typeof value === "object") {
    const out: Record<string, unknown> = {}
    for (const [key, entry] of Object.entries(value as Record<string, unknown>).slice(0, MAX_ARRAY)) {
      if (key === "q") continue
      out[key.slice(0, MAX_STRING)] = sanitize(entry, depth + 1)
    }
    return out
  }
  return null
}

/** Every field path a filter tree uses ($and/$or/$not flattened). */
export function filterFields(filters: unknown, into = new Set<string>()): Set<string> {
  if (!filters || typeof filters !== "object") return into
  for (const [key, value] of Object.entries(filters as Record<string, unknown>)) {
    if (key === "$and" || key === "$or") {
      for (const branch of Array.isArray(value) ? value : []) filterFields(branch, into)
    } else if (key === "$not") {
      filterFields(value, into)
    } else if (key !== "q") {
      into.add(key)
    }
  }
  return into
}
