/** Keys whose values never reach the audit log. */
const SECRET = /pass(word)?|secret|token|api[-_]?key|authorization|cookie|card|cvc|iban/i
const MAX_STRING = 500
const MAX_KEYS = 50
const MAX_ITEMS = 20
const MAX_DEPTH = 4

/**
 * A copy of a request's input fit for the audit log: secret-looking keys
 * masked, long strings cut, big arrays and objects shortened (with a note of
 * how much was left out), nesting bounded.
 */
export function redactInput(value: unknown, depth = 0): unknown {
  if (value == null || typeof value === "number" || typeof value === "boolean") return value
  if (typeof value === "string") {
    return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}… (${value.length} chars)` : value
  }
  if (depth >= MAX_DEPTH) return "…"
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => redactInput(item, depth + 1))
    return value.length > MAX_ITEMS ? [...items, `… ${value.length - MAX_ITEMS} more`] : items
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
    const out: Record<string, unknown> = {}
    for (const [key, item] of entries.slice(0, MAX_KEYS)) {
      out[key] = SECRET.test(key) ? "[redacted]" : redactInput(item, depth + 1)
    }
    if (entries.length > MAX_KEYS) out["…"] = `${entries.length - MAX_KEYS} more keys`
    return out
  }
  return String(value)
}

/**
 * Which admin requests are audited: every change (POST, DELETE) and every
 * export (a GET whose path has an `export` segment), answered 2xx — a refused
 * request changed nothing.
 */
export function isAudited(method: string, path: string, status: number) {
  if (status < 200 || status >= 300) return false
  if (method === "POST" || method === "DELETE") return true
  return method === "GET" && /\/exports?(\/|$|\?)/.test(path)
}
