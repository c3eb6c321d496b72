import type { SearchTypes } from "@medusajs/framework/types"

/** A product-like index exercising every field kind the provider handles. */
export function productDefinition(
  overrides: Partial<SearchTypes.ResolvedSearchIndexDefinition> = {}
): SearchTypes.ResolvedSearchIndexDefinition {
  return {
    name: "product",
    entity: "product",
    primary_key: "id",
    provider: "search-meilisearch",
    physical_name: "product_v1",
    definition_hash: "hash-1",
    settings: {},
    fields: {
      id: { type: "keyword", filterable: true, sortable: true },
      title: { type: "text", searchable: { weight: 3 } },
      description: { type: "text", searchable: true },
      handle: { type: "keyword", searchable: { weight: 2 }, filterable: true },
      status: { type: "keyword", filterable: true, facetable: true },
      tags: { type: "keyword", array: true, filterable: true, facetable: true },
      price: { type: "float", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
      rating: { type: "integer", filterable: true, sortable: true },
      in_stock: { type: "boolean", filterable: true, facetable: true },
      created_at: { type: "date", filterable: true, sortable: true, facetable: true },
      subtitle: { type: "text", searchable: { weight: 2 } },
      variants: {
        type: "object",
        array: true,
        fields: {
          sku: { type: "keyword", searchable: true, filterable: true },
          price: { type: "float", filterable: true },
        },
      },
      meta: {
        type: "object",
        fields: {
          brand: { type: "keyword", filterable: true, facetable: true, sortable: true },
          notes: { type: "text", retrievable: false },
        },
      },
      embedding: { type: "vector", dimensions: 3 },
    },
    seed: async function* () {},
    ...overrides,
  }
}

export function providerQuery(
  overrides: Partial<SearchTypes.ProviderSearchQuery> = {}
): SearchTypes.ProviderSearchQuery {
  return {
    index: productDefinition(),
    attributes_to_retrieve: ["id", "title"],
    pagination: { skip: 0, take: 20 },
    search_options: {},
    ...overrides,
  }
}
