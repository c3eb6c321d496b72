import type { SearchTypes } from "@medusajs/framework/types"

/**
 * Checks a store search query against the index definition before it
 * reaches the engine, so bad input is a 400 with a message naming the field,
 * and the same 400 on every provider: Postgres and Meilisearch reject
 * different things in different words (or, for some, answer wrongly instead
 * of rejecting). Pure: the definition's fields come in.
 */

export const SEARCH_LIMITS = {
  /** Longest free-text query, in characters. */
  query_length: 256,
  /** skip + take: deeper pages are not served (Meilisearch's default maxTotalHits is 1000). */
  max_window: 1000,
  /** Predicates in one filter tree, counting every field condition. */
  max_conditions: 50,
  max_depth: 5,
  /** Values of one $in / $nin / $overlaps / $contains list. */
  max_list: 100,
  max_facets: 20,
  max_facet_values: 100,
  max_ranges: 20,
  max_sort_keys: 6,
}

type Field = SearchTypes.SearchFieldDefinition
export type FieldMap = Map<string, { field: Field; array: boolean }>

/** Dotted leaf paths of a definition ("prices.eur"), arrays of objects collapsed the way providers do. */
export function leafFields(fields: Record<string, Field>, prefix = "", inArray = false, into: FieldMap = new Map()) {
  for (const [name, field] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${name}` : name
    const array = inArray || field.array === true
    if (field.type === "object") {
      if (field.fields) leafFields(field.fields, path, array, into)
      continue
    }
    into.set(path, { field, array })
  }
  return into
}

const SCALAR_OPERATORS = new Set(["$eq", "$ne"])
const LIST_OPERATORS = new Set(["$in", "$nin"])
const RANGE_OPERATORS = new Set(["$lt", "$lte", "$gt", "$gte"])
const ARRAY_OPERATORS = new Set(["$contains", "$overlaps"])
/** Substring operators: Meilisearch has none, so they are refused everywhere. */
const UNPORTABLE = new Set(["$prefix", "$like"])

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)

function valueProblem(path: string, field: Field, value: unknown): string | null {
  if (value === null) return null
  switch (field.type) {
    case "integer":
      return typeof value === "number" && Number.isInteger(value) ? null : `"${path}" takes whole numbers`
    case "float":
      return typeof value === "number" && Number.isFinite(value) ? null : `"${path}" takes numbers`
    case "date":
      if (typeof value === "number" && Number.isFinite(value)) return null
      return typeof value === "string" && !Number.isNaN(Date.parse(value))
        ? null
        : `"${path}" takes a date (ISO 8601 string or epoch milliseconds)`
    case "boolean":
      return typeof value === "boolean" ? null : `"${path}" takes true or false`
    default:
      return typeof value === "string"
        ? value.length <= 500
          ? null
          : `"${path}": value too long`
        : `"${path}" takes text`
  }
}

const isNumeric = (field: Field) => ["integer", "float", "date"].includes(field.type)

/** Problems of a filter tree; empty when it is fine. */
export function filterProblems(filters: unknown, fields: FieldMap): string[] {
  const problems: string[] = []
  let conditions = 0
  const walk = (branch: unknown, depth: number) => {
    if (!isPlainObject(branch)) {
      problems.push("a filter group must be an object")
      return
    }
    if (depth > SEARCH_LIMITS.max_depth) {
      problems.push(`filters are nested deeper than ${SEARCH_LIMITS.max_depth} levels`)
      return
    }
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q") {
        if (depth > 0) problems.push(`"q" (the text query) belongs at the top of the filters`)
        else if (typeof value !== "string") problems.push(`"q" must be text`)
        else if (value.length > SEARCH_LIMITS.query_length)
          problems.push(`"q" is longer than ${SEARCH_LIMITS.query_length} characters`)
        continue
      }
      if (key === "$and" || key === "$or") {
        if (!Array.isArray(value) || !value.length) {
          problems.push(`"${key}" takes a non-empty list of filter groups`)
          continue
        }
        value.forEach((child) => walk(child, depth + 1))
        continue
      }
      if (key === "$not") {
        walk(value, depth + 1)
        continue
      }
      if (key.startsWith("$")) {
        problems.push(`unknown filter operator "${key}"`)
        continue
      }
      conditions++
      const known = fields.get(key)
      if (!known) {
        problems.push(`unknown filter field "${key}"`)
        continue
      }
      if (!known.field.filterable) {
        problems.push(`"${key}" cannot be filtered on`)
        continue
      }
      fieldProblems(key, known, value, problems)
    }
  }
  if (filters !== undefined && filters !== null) walk(filters, 0)
  if (conditions > SEARCH_LIMITS.max_conditions) {
    problems.push(`filters have ${conditions} conditions; at most ${SEARCH_LIMITS.max_conditions}`)
  }
  return problems
}

function fieldProblems(path: string, known: { field: Field; array: boolean }, value: unknown, problems: string[]) {
  const check = (v: unknown) => {
    const problem = valueProblem(path, known.field, v)
    if (problem) problems.push(problem)
  }
  const checkList = (operator: string, v: unknown) => {
    if (!Array.isArray(v) || !v.length) return problems.push(`"${path}": ${operator} takes a non-empty list`)
    if (v.length > SEARCH_LIMITS.max_list)
      return problems.push(`"${path}": ${operator} takes at most ${SEARCH_LIMITS.max_list} values`)
    v.forEach(check)
  }
  if (!isPlainObject(value)) {
    if (Array.isArray(value)) checkList("a list", value)
    else check(value)
    return
  }
  const operators = Object.keys(value)
  if (!operators.length) problems.push(`"${path}": empty condition`)
  for (const operator of operators) {
    const operand = value[operator]
    if (UNPORTABLE.has(operator)) {
      problems.push(`"${path}": ${operator} is not supported by store search (not every engine has substring filters)`)
    } else if (SCALAR_OPERATORS.has(operator)) {
      if (Array.isArray(operand) || isPlainObject(operand)) problems.push(`"${path}": ${operator} takes one value`)
      else check(operand)
    } else if (LIST_OPERATORS.has(operator)) {
      checkList(operator, operand)
    } else if (RANGE_OPERATORS.has(operator)) {
      if (!isNumeric(known.field)) problems.push(`"${path}": ${operator} needs a number or date field`)
      else if (known.array) problems.push(`"${path}": ${operator} does not apply to a list field`)
      else if (operand === null || Array.isArray(operand) || isPlainObject(operand))
        problems.push(`"${path}": ${operator} takes one value`)
      else check(operand)
    } else if (ARRAY_OPERATORS.has(operator)) {
      if (!known.array) problems.push(`"${path}": ${operator} applies to list fields only`)
      else if (Array.isArray(operand)) checkList(operator, operand)
      else check(operand)
    } else if (operator === "$exists") {
      if (typeof operand !== "boolean") problems.push(`"${path}": $exists takes true or false`)
    } else {
      problems.push(`"${path}": unknown operator "${operator}"`)
    }
  }
}

type StoreQuery = {
  entity: string
  fields?: string[]
  filters?: Record<string, unknown>
  pagination?: { skip?: number; take?: number; order?: Record<string, string>; cursor?: string }
  search_options?: {
    facets?: (string | { field: string; type?: string; limit?: number; ranges?: unknown[] })[]
    attributes_to_search_on?: string[]
    [key: string]: unknown
  }
}

/** Problems of one store query against the index's fields; empty when it can go to the engine. */
export function queryProblems(query: StoreQuery, fields: FieldMap): string[] {
  const problems = filterProblems(query.filters, fields)
  const skip = query.pagination?.skip ?? 0
  const take = query.pagination?.take ?? 20
  if (skip + take > SEARCH_LIMITS.max_window) {
    problems.push(`pagination reaches past result ${SEARCH_LIMITS.max_window} (skip + take)`)
  }
  if (query.pagination?.cursor !== undefined) problems.push("cursor pagination is not supported; use skip and take")
  const order = Object.entries(query.pagination?.order ?? {})
  if (order.length > SEARCH_LIMITS.max_sort_keys) problems.push(`at most ${SEARCH_LIMITS.max_sort_keys} sort keys`)
  for (const [path] of order) {
    if (path === "_score") continue
    const known = fields.get(path)
    if (!known) problems.push(`unknown sort field "${path}"`)
    else if (!known.field.sortable) problems.push(`"${path}" cannot be sorted on`)
  }
  const facets = query.search_options?.facets ?? []
  if (facets.length > SEARCH_LIMITS.max_facets) problems.push(`at most ${SEARCH_LIMITS.max_facets} facets`)
  for (const facet of facets) {
    const request = typeof facet === "string" ? { field: facet } : facet
    const known = fields.get(request.field)
    if (!known) {
      problems.push(`unknown facet field "${request.field}"`)
      continue
    }
    if (!known.field.facetable) problems.push(`"${request.field}" has no facets`)
    if (typeof request.limit === "number" && request.limit > SEARCH_LIMITS.max_facet_values) {
      problems.push(`facet "${request.field}": limit is at most ${SEARCH_LIMITS.max_facet_values}`)
    }
    if (Array.isArray(request.ranges) && request.ranges.length > SEARCH_LIMITS.max_ranges) {
      problems.push(`facet "${request.field}": at most ${SEARCH_LIMITS.max_ranges} ranges`)
    }
    if (request.type === "range" && (!Array.isArray(request.ranges) || !request.ranges.length)) {
      problems.push(`facet "${request.field}": a range facet needs ranges`)
    }
  }
  for (const path of query.search_options?.attributes_to_search_on ?? []) {
    const known = fields.get(path)
    if (!known || !known.field.searchable) problems.push(`"${path}" is not a searchable field`)
  }
  return problems
}
