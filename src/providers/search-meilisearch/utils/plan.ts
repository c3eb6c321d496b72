import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/** One leaf field of an index definition, flattened to its dotted path. */
export interface PlannedField {
  path: string
  type: SearchTypes.SearchFieldKind
  /** The field, or an object above it, holds an array: values collapse to a per-leaf array. */
  is_array: boolean
  /** integer, float and date; dates are stored as epoch milliseconds so they filter and sort as numbers. */
  is_numeric: boolean
  is_date: boolean
  searchable: boolean
  /** `searchable.weight`, 1 when unset. */
  weight: number
  filterable: boolean
  sortable: boolean
  facet_kinds: SearchTypes.SearchFacetKind[]
  retrievable: boolean
}

/** A definition flattened for Meilisearch. */
export interface IndexPlan {
  index_name: string
  primary_key: string
  fields: Map<string, PlannedField>
  /** Searchable paths by descending weight (declaration order among equals): Meilisearch's attribute ranking. */
  searchable: string[]
  /** Paths Meilisearch must hold as filterable: filterable and facetable fields, the primary key and the distinct attribute. */
  filterable: string[]
  sortable: string[]
  /** Vector fields the provider leaves out of the index (see README). */
  ignored_vectors: string[]
}

export function fail(message: string, type: string = MedusaError.Types.NOT_ALLOWED): never {
  throw new MedusaError(type, message)
}

const NUMERIC = new Set(["integer", "float", "date"])

function isSearchable(field: SearchTypes.SearchFieldDefinition) {
  return field.searchable === true || (typeof field.searchable === "object" && field.searchable !== null)
}

function facetKinds(field: SearchTypes.SearchFieldDefinition): SearchTypes.SearchFacetKind[] {
  const defaults: SearchTypes.SearchFacetKind[] = NUMERIC.has(field.type) ? ["range"] : ["value"]
  if (field.facetable === true) return defaults
  if (typeof field.facetable === "object" && field.facetable !== null) return field.facetable.types ?? defaults
  return []
}

/**
 * Flattens a definition's fields into dotted leaf paths. Objects are walked
 * (an array object makes every leaf below it an array, the way Meilisearch
 * flattens `variants: [{ sku }]` into `variants.sku`). Geo fields are refused:
 * the Search Module's filter DSL and sort have no geo operators, so an index
 * could store them but never use them.
 */
export function buildIndexPlan(
  definition: Pick<SearchTypes.ResolvedSearchIndexDefinition, "name" | "fields" | "primary_key" | "settings">
): IndexPlan {
  const fields = new Map<string, PlannedField>()
  const ignored_vectors: string[] = []

  const walk = (group: Record<string, SearchTypes.SearchFieldDefinition>, prefix: string, inArray: boolean) => {
    for (const [name, field] of Object.entries(group)) {
      const path = prefix ? `${prefix}.${name}` : name
      const isArray = inArray || field.array === true
      if (field.type === "object") {
        walk(field.fields ?? {}, path, isArray)
        continue
      }
      if (field.type === "vector") {
        ignored_vectors.push(path)
        continue
      }
      if (field.type === "geo") {
        fail(
          `The Meilisearch search provider does not support geo fields ("${path}" on search index "${definition.name}"): the Search Module has no geo filter or sort to use them with`
        )
      }
      if (!["keyword", "text", "integer", "float", "boolean", "date"].includes(field.type)) {
        fail(`The Meilisearch search provider does not support fields of type "${field.type}" ("${path}")`)
      }
      const searchable = isSearchable(field)
      const weight =
        typeof field.searchable === "object" && field.searchable?.weight !== undefined ? field.searchable.weight : 1
      if (searchable && (typeof weight !== "number" || !Number.isFinite(weight))) {
        fail(`Field "${path}" has an invalid searchable weight`, MedusaError.Types.INVALID_DATA)
      }
      fields.set(path, {
        path,
        type: field.type,
        is_array: isArray,
        is_numeric: NUMERIC.has(field.type),
        is_date: field.type === "date",
        searchable,
        weight,
        filterable: !!field.filterable,
        sortable: !!field.sortable,
        facet_kinds: facetKinds(field),
        retrievable: field.retrievable !== false,
      })
    }
  }
  walk(definition.fields ?? {}, "", false)

  const primaryKey = definition.primary_key ?? "id"
  if (!fields.has(primaryKey)) {
    fail(
      `Search index "${definition.name}" must declare its primary key field "${primaryKey}"`,
      MedusaError.Types.INVALID_DATA
    )
  }

  const declared = [...fields.values()]
  const searchable = declared
    .map((field, order) => ({ field, order }))
    .filter(({ field }) => field.searchable)
    .sort((a, b) => b.field.weight - a.field.weight || a.order - b.order)
    .map(({ field }) => field.path)

  const filterable = new Set<string>()
  for (const field of declared) {
    if (field.filterable || field.facet_kinds.length) filterable.add(field.path)
  }
  filterable.add(primaryKey)
  const distinct = definition.settings?.distinct_attribute
  if (distinct) {
    const planned = fields.get(distinct)
    if (!planned) {
      fail(
        `settings.distinct_attribute "${distinct}" is not a field of search index "${definition.name}"`,
        MedusaError.Types.INVALID_DATA
      )
    }
    filterable.add(distinct)
  }

  return {
    index_name: definition.name,
    primary_key: primaryKey,
    fields,
    searchable,
    filterable: [...filterable],
    sortable: declared.filter((field) => field.sortable).map((field) => field.path),
    ignored_vectors,
  }
}

/** The planned field at `path`, or a clear error naming the index. */
export function plannedField(plan: IndexPlan, path: string, usage: string): PlannedField {
  const planned = plan.fields.get(path)
  if (!planned) {
    fail(
      `Unknown field "${path}" used in ${usage} on search index "${plan.index_name}"`,
      MedusaError.Types.INVALID_DATA
    )
  }
  return planned
}
