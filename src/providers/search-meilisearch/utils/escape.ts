import { MedusaError } from "@medusajs/framework/utils"

/**
 * Quoting for Meilisearch filter expressions.
 *
 * Meilisearch's filter parser reads a double-quoted token up to the next
 * unescaped `"`, then unescapes `\"` and `\\` (any other character, newlines
 * and non-ASCII included, stands for itself). So escaping every backslash and
 * every double quote round-trips any string exactly.
 */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/** Words the filter parser reserves; an unquoted attribute or value spelled like one is a syntax error. */
const RESERVED = new Set([
  "AND",
  "OR",
  "IN",
  "NOT",
  "TO",
  "EXISTS",
  "IS",
  "NULL",
  "EMPTY",
  "CONTAINS",
  "STARTS",
  "WITH",
  "_geoRadius",
  "_geoBoundingBox",
  "_geoPoint",
  "_geoDistance",
  "_geo",
])

const BARE_WORD = /^[A-Za-z0-9_.-]+$/

/**
 * An attribute name as the left-hand side of a condition: bare when it is a
 * plain (dotted) word, quoted otherwise — spaces, quotes, unicode and reserved
 * words all survive quoting.
 */
export function attribute(path: string): string {
  if (!path) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A filter needs a field name")
  }
  return BARE_WORD.test(path) && !RESERVED.has(path) ? path : quote(path)
}

/** A finite number as a filter literal; quoted when `String(n)` is not a plain decimal (exponents). */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cannot filter on the non-finite number ${value}`)
  }
  const text = Object.is(value, -0) ? "0" : String(value)
  return /^-?\d+(\.\d+)?$/.test(text) ? text : quote(text)
}

/** A JS value as a filter literal: strings quoted, numbers and booleans bare, dates as ISO strings. */
export function literal(value: string | number | boolean | Date): string {
  if (typeof value === "number") return numberLiteral(value)
  if (typeof value === "boolean") return value ? "true" : "false"
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Cannot filter on an invalid date")
    }
    return quote(value.toISOString())
  }
  return quote(String(value))
}
