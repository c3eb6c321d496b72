import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { attribute, literal, numberLiteral } from "./escape"
import { fail, IndexPlan, PlannedField } from "./plan"
import { coerceScalar, toEpochMillis } from "./values"

type FilterValue = SearchTypes.SearchFilterValue

export interface FilterCompileContext {
  /**
   * The index's plan. With it, fields are checked (declared, filterable in
   * Meilisearch) and values cast to the field's type. Without it — a delete on a
   * physical index whose definition this process has not seen — values are
   * written as they are, with dates as epoch milliseconds like stored dates.
   */
  plan?: IndexPlan
  /** `$prefix` → `STARTS WITH`, `$like` → `CONTAINS` (needs the server's `containsFilter` feature). */
  contains_filter?: boolean
}

const OPERATORS = new Set([
  "$eq",
  "$ne",
  "$in",
  "$nin",
  "$lt",
  "$lte",
  "$gt",
  "$gte",
  "$exists",
  "$contains",
  "$overlaps",
  "$prefix",
  "$like",
])

const and = (parts: string[]) => (parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`)
const or = (parts: string[]) => (parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`)
const not = (part: string) => `NOT ${part.startsWith("(") ? part : `(${part})`}`

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

interface Target {
  path: string
  planned?: PlannedField
}

function resolveTarget(path: string, ctx: FilterCompileContext): Target {
  if (!ctx.plan) return { path }
  const planned = ctx.plan.fields.get(path)
  if (!planned) {
    fail(`Unknown filter field "${path}" on search index "${ctx.plan.index_name}"`, MedusaError.Types.INVALID_DATA)
  }
  if (!ctx.plan.filterable.includes(path)) {
    fail(
      `Field "${path}" is not filterable on search index "${ctx.plan.index_name}"; declare it filterable or facetable`
    )
  }
  return { path, planned }
}

/** A value cast to the field's stored representation, as a filter literal. */
function valueLiteral(target: Target, value: FilterValue): string {
  if (!target.planned) {
    return value instanceof Date ? numberLiteral(toEpochMillis(value)!) : literal(value as string | number | boolean)
  }
  if (Array.isArray(value) || isPlainObject(value)) {
    fail(`Filter value for "${target.path}" must be a scalar`, MedusaError.Types.INVALID_DATA)
  }
  const cast = coerceScalar(target.planned, value)
  if (cast === undefined) {
    const kind = target.planned.is_date ? "a date" : target.planned.is_numeric ? "a number" : target.planned.type
    fail(
      `Cannot use ${JSON.stringify(value)} as ${kind} in the filter on "${target.path}"`,
      MedusaError.Types.INVALID_DATA
    )
  }
  return literal(cast)
}

/**
 * Documents are written without null leaves or empty arrays (see
 * `documents.ts`), so "absent", "null" and "empty" are all `NOT EXISTS` —
 * the same semantics as the Postgres provider, which never stores nulls.
 */
const absent = (target: Target) => `${attribute(target.path)} NOT EXISTS`
const present = (target: Target) => `${attribute(target.path)} EXISTS`

function equality(target: Target, value: FilterValue): string {
  if (value === null || value === undefined) return absent(target)
  // On an array field `=` matches when any element equals the value: membership.
  return `${attribute(target.path)} = ${valueLiteral(target, value)}`
}

function anyOf(target: Target, values: FilterValue[]): string {
  const nonNull = values.filter((value) => value !== null && value !== undefined)
  const parts: string[] = []
  if (nonNull.length === 1) parts.push(equality(target, nonNull[0]))
  if (nonNull.length > 1) {
    parts.push(`${attribute(target.path)} IN [${nonNull.map((value) => valueLiteral(target, value)).join(", ")}]`)
  }
  if (nonNull.length !== values.length) parts.push(absent(target))
  // `IN []` is valid Meilisearch syntax and matches nothing, like an empty `$in` elsewhere.
  if (!parts.length) return `${attribute(target.path)} IN []`
  return or(parts)
}

function asList(operator: string, target: Target, value: unknown): FilterValue[] {
  if (value === undefined)
    fail(`Operator "${operator}" on "${target.path}" needs a value`, MedusaError.Types.INVALID_DATA)
  return (Array.isArray(value) ? value : [value]) as FilterValue[]
}

function comparison(target: Target, operator: string, symbol: string, value: unknown): string {
  if (target.planned?.is_array) {
    fail(`Operator "${operator}" is not supported on array field "${target.path}"`)
  }
  if (target.planned && !target.planned.is_numeric) {
    fail(
      `Operator "${operator}" needs a numeric or date field; "${target.path}" is ${target.planned.type} (Meilisearch compares numbers only)`
    )
  }
  if (value === null || value === undefined || Array.isArray(value)) {
    fail(`Operator "${operator}" on "${target.path}" needs a single value`, MedusaError.Types.INVALID_DATA)
  }
  return `${attribute(target.path)} ${symbol} ${valueLiteral(target, value as FilterValue)}`
}

function needsArray(operator: string, target: Target) {
  if (target.planned && !target.planned.is_array) {
    fail(`Operator "${operator}" on "${target.path}" needs an array field`)
  }
}

function textMatch(operator: "$prefix" | "$like", target: Target, value: unknown, ctx: FilterCompileContext): string {
  if (!ctx.contains_filter) {
    fail(
      `The Meilisearch search provider does not support "${operator}" ("${target.path}"): enable the server's containsFilter experimental feature and the provider's contains_filter option`
    )
  }
  if (target.planned?.is_array) {
    fail(`Operator "${operator}" is not supported on array field "${target.path}"`)
  }
  if (typeof value !== "string") {
    fail(`Operator "${operator}" on "${target.path}" needs a string`, MedusaError.Types.INVALID_DATA)
  }
  const keyword = operator === "$prefix" ? "STARTS WITH" : "CONTAINS"
  return `${attribute(target.path)} ${keyword} ${literal(value)}`
}

function operatorClause(target: Target, operator: string, value: unknown, ctx: FilterCompileContext): string {
  switch (operator) {
    case "$eq":
      if (Array.isArray(value))
        fail(`"$eq" on "${target.path}" takes one value; use "$in" for a list`, MedusaError.Types.INVALID_DATA)
      return equality(target, value as FilterValue)
    case "$ne":
      // Complement over every document, so documents without the field match too.
      if (Array.isArray(value))
        fail(`"$ne" on "${target.path}" takes one value; use "$nin" for a list`, MedusaError.Types.INVALID_DATA)
      return value === null || value === undefined ? present(target) : not(equality(target, value as FilterValue))
    case "$in":
      return anyOf(target, asList(operator, target, value))
    case "$nin":
      return not(anyOf(target, asList(operator, target, value)))
    case "$gt":
      return comparison(target, operator, ">", value)
    case "$gte":
      return comparison(target, operator, ">=", value)
    case "$lt":
      return comparison(target, operator, "<", value)
    case "$lte":
      return comparison(target, operator, "<=", value)
    case "$exists":
      if (typeof value !== "boolean")
        fail(`"$exists" on "${target.path}" takes true or false`, MedusaError.Types.INVALID_DATA)
      return value ? present(target) : absent(target)
    case "$contains": {
      needsArray(operator, target)
      const values = asList(operator, target, value)
      if (values.some((entry) => entry === null || entry === undefined)) {
        fail(`"$contains" on "${target.path}" cannot contain null`, MedusaError.Types.INVALID_DATA)
      }
      // Every value must be an element; an empty list only asks for the array to be there.
      return values.length ? and(values.map((entry) => equality(target, entry))) : present(target)
    }
    case "$overlaps":
      needsArray(operator, target)
      return anyOf(target, asList(operator, target, value))
    case "$prefix":
    case "$like":
      return textMatch(operator, target, value, ctx)
    default:
      return fail(`The Meilisearch search provider does not support operator "${operator}" on "${target.path}"`)
  }
}

function fieldClause(path: string, raw: unknown, ctx: FilterCompileContext): string[] {
  // `{ variants: { sku: "A" } }` is `{ "variants.sku": "A" }`.
  if (isPlainObject(raw)) {
    const keys = Object.keys(raw)
    const operators = keys.filter((key) => key.startsWith("$"))
    if (!keys.length) fail(`Empty operator map on filter field "${path}"`, MedusaError.Types.INVALID_DATA)
    if (operators.length && operators.length !== keys.length) {
      fail(`Filter on "${path}" mixes operators with nested fields`, MedusaError.Types.INVALID_DATA)
    }
    if (!operators.length) {
      return keys.flatMap((key) => fieldClause(`${path}.${key}`, raw[key], ctx))
    }
    const target = resolveTarget(path, ctx)
    return [
      and(
        operators.map((operator) => {
          if (!OPERATORS.has(operator)) {
            fail(`The Meilisearch search provider does not support operator "${operator}" on "${path}"`)
          }
          return operatorClause(target, operator, raw[operator], ctx)
        })
      ),
    ]
  }
  const target = resolveTarget(path, ctx)
  // Shorthand: a bare value is equality, a list is "any of" (membership on arrays).
  return [Array.isArray(raw) ? anyOf(target, raw as FilterValue[]) : equality(target, raw as FilterValue)]
}

function compileBranch(branch: SearchTypes.SearchFilters, ctx: FilterCompileContext): string | undefined {
  if (!isPlainObject(branch)) fail("Filters must be an object", MedusaError.Types.INVALID_DATA)
  const parts: string[] = []
  for (const [key, value] of Object.entries(branch)) {
    if (key === "q" || value === undefined) continue
    if (key === "$and" || key === "$or") {
      if (!Array.isArray(value)) fail(`"${key}" takes a list of filters`, MedusaError.Types.INVALID_DATA)
      const nested = (value as SearchTypes.SearchFilters[])
        .map((entry) => compileBranch(entry, ctx))
        .filter((entry): entry is string => !!entry)
      if (nested.length) parts.push(key === "$and" ? and(nested) : or(nested))
      continue
    }
    if (key === "$not") {
      const nested = compileBranch(value as SearchTypes.SearchFilters, ctx)
      if (nested) parts.push(not(nested))
      continue
    }
    if (key.startsWith("$")) {
      fail(`Unknown logical operator "${key}" in search filters`, MedusaError.Types.INVALID_DATA)
    }
    parts.push(...fieldClause(key, value, ctx))
  }
  return parts.length ? and(parts) : undefined
}

/**
 * Compiles the Search Module's filter tree to a Meilisearch filter
 * expression; undefined when nothing constrains the result. Operators the
 * engine cannot express are rejected rather than approximated.
 */
export function compileFilters(
  filters: SearchTypes.SearchFilters | undefined,
  ctx: FilterCompileContext = {}
): string | undefined {
  if (!filters) return undefined
  return compileBranch(filters, ctx)
}

/** ANDs expressions, skipping missing ones. */
export function combineFilters(...expressions: (string | undefined)[]): string | undefined {
  const parts = expressions.filter((part): part is string => !!part)
  return parts.length ? and(parts) : undefined
}
