import type { PlannedField } from "./plan"

/**
 * A date as epoch milliseconds: a `Date`, a number (already epoch ms), a
 * numeric string or anything `Date.parse` reads (ISO 8601). Undefined when it
 * is none of these.
 */
export function toEpochMillis(value: unknown): number | undefined {
  if (value instanceof Date) {
    const time = value.getTime()
    return Number.isNaN(time) ? undefined : time
  }
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined
  if (typeof value === "string") {
    const text = value.trim()
    if (!text) return undefined
    if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text)
    const parsed = Date.parse(text)
    return Number.isNaN(parsed) ? undefined : parsed
  }
  return undefined
}

/** A number field's value: numbers as they are, numeric strings parsed; undefined for anything else. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = Number(value)
    return Number.isFinite(parsed) ? parsed : undefined
  }
  if (typeof value === "boolean") return value ? 1 : 0
  return undefined
}

/** A boolean field's value; the strings "true" and "false" read by content (`Boolean("false")` is true). */
export function toBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value
  if (value === "true" || value === "false") return value === "true"
  return Boolean(value)
}

/**
 * Coerces a scalar to the representation Meilisearch holds for the field:
 * numbers for integer/float, epoch ms for dates, booleans, and strings for
 * keyword/text. Undefined when the value cannot be represented (e.g. "abc" for
 * a number field).
 */
export function coerceScalar(planned: PlannedField, value: unknown): string | number | boolean | undefined {
  if (value === null || value === undefined) return undefined
  if (planned.is_date) return toEpochMillis(value)
  if (planned.is_numeric) return toNumber(value)
  if (planned.type === "boolean") return toBoolean(value)
  if (typeof value === "string") return value
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString()
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  return undefined
}
