import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, projectDocument } from "@medusajs/framework/utils"
import type { IndexPlan } from "./plan"
import { coerceScalar } from "./values"

/** Meilisearch's rule for a document id: an integer, or up to 511 bytes of `a-z A-Z 0-9 - _`. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

function projectLeaf(plan: IndexPlan, path: string, value: unknown): unknown {
  const planned = plan.fields.get(path)
  if (!planned) return undefined
  if (Array.isArray(value)) {
    const values = value
      .flat(Infinity)
      .map((entry) => coerceScalar(planned, entry))
      .filter((entry) => entry !== undefined)
    // An empty list is stored as no value, like null: `$exists` and `{ field: null }` treat both as absent.
    return values.length ? values : undefined
  }
  return coerceScalar(planned, value)
}

function projectGroup(
  plan: IndexPlan,
  group: Record<string, SearchTypes.SearchFieldDefinition>,
  prefix: string,
  source: Record<string, unknown>
): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {}
  for (const [name, field] of Object.entries(group)) {
    const path = prefix ? `${prefix}.${name}` : name
    const value = source[name]
    if (value === undefined || value === null) continue
    let projected: unknown
    if (field.type === "object") {
      const fields = field.fields ?? {}
      if (Array.isArray(value)) {
        const items = value
          .filter(isPlainObject)
          .map((entry) => projectGroup(plan, fields, path, entry))
          .filter((entry): entry is Record<string, unknown> => !!entry)
        projected = items.length ? items : undefined
      } else if (isPlainObject(value)) {
        projected = projectGroup(plan, fields, path, value)
      }
    } else {
      projected = projectLeaf(plan, path, value)
    }
    if (projected !== undefined) out[name] = projected
  }
  return Object.keys(out).length ? out : undefined
}

/**
 * A Search Module document as Meilisearch stores it: only the declared
 * fields (vectors left out), values coerced to their declared type — numbers,
 * booleans, strings, and dates as epoch milliseconds so they filter and sort
 * numerically — and nulls and empty lists dropped. The primary key is checked
 * against Meilisearch's id rules here, since one bad id fails its whole batch.
 */
export function toMeilisearchDocument(
  document: SearchTypes.SearchDocument,
  definition: Pick<SearchTypes.ResolvedSearchIndexDefinition, "fields">,
  plan: IndexPlan
): Record<string, unknown> {
  if (!isPlainObject(document)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A search document for "${plan.index_name}" must be an object`
    )
  }
  const key = document[plan.primary_key]
  const valid =
    (typeof key === "string" && DOCUMENT_ID.test(key)) ||
    (typeof key === "number" && Number.isSafeInteger(key) && key >= 0)
  if (!valid) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      key === undefined || key === null || key === ""
        ? `A document written to search index "${plan.index_name}" is missing its primary key "${plan.primary_key}"`
        : `Search document id ${JSON.stringify(key)} on "${plan.index_name}" is not a valid Meilisearch id (letters, digits, "-" and "_", at most 511 bytes)`
    )
  }
  const projected = projectGroup(plan, definition.fields, "", document) ?? {}
  projected[plan.primary_key] = key
  return projected
}

const HIT_META = new Set([
  "_formatted",
  "_rankingScore",
  "_rankingScoreDetails",
  "_matchesPosition",
  "_vectors",
  "_geoDistance",
])

/** Rewrites the leaves at a dotted path (through arrays) in place. */
function mapLeaves(target: unknown, segments: string[], map: (value: unknown) => unknown): void {
  if (Array.isArray(target)) {
    target.forEach((entry) => mapLeaves(entry, segments, map))
    return
  }
  if (!isPlainObject(target) || !segments.length) return
  const [head, ...rest] = segments
  if (!(head in target)) return
  if (!rest.length) {
    const value = target[head]
    target[head] = Array.isArray(value) ? value.map(map) : map(value)
    return
  }
  mapLeaves(target[head], rest, map)
}

/**
 * A Meilisearch hit as the document the Search Module returns: hit metadata
 * removed, dates back to ISO 8601 strings, narrowed to `attributes`.
 */
export function fromMeilisearchHit(
  hit: Record<string, unknown>,
  plan: IndexPlan,
  attributes: string[]
): Record<string, unknown> {
  const document: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(hit)) {
    if (!HIT_META.has(key)) document[key] = value
  }
  for (const planned of plan.fields.values()) {
    if (!planned.is_date) continue
    mapLeaves(document, planned.path.split("."), (value) =>
      typeof value === "number" && Math.abs(value) <= 8.64e15 ? new Date(value).toISOString() : value
    )
  }
  return projectDocument(document, attributes)
}
