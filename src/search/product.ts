import { defineSearchIndex, search } from "@medusajs/framework/utils"
import { DOCUMENT_PAGE_SIZE, FACET_OPTIONS, PRODUCT_INDEX, searchCurrencies } from "./_config"
import { PRODUCT_INDEX_EVENTS } from "./_events"
import { consumeProductEvent, productSeed } from "./_source"

const currencies = searchCurrencies()

/** One float per currency: filterable (price ranges), sortable, with range and min/max facets. */
const perCurrency = (sortable: boolean) =>
  search.object(
    Object.fromEntries(
      currencies.map((code) => [
        code,
        sortable
          ? search
              .float()
              .filterable()
              .sortable()
              .facetable({ types: ["range", "stats"] })
          : search.float(),
      ])
    )
  )

const optionFields = search.object(
  Object.fromEntries(Object.keys(FACET_OPTIONS).map((key) => [key, search.keyword().array().filterable().facetable()]))
)

/**
 * The store's product search: published products (one document each, with
 * the ids of the sales channels that sell it, to which store searches are
 * narrowed: see ./_scope.ts), built by ./_documents.ts.
 *
 * Text: title, subtitle, description, handle, SKUs and barcodes, tags, type,
 * collection, category names, option values, and the synonyms of ./_synonyms.ts.
 * Facets: categories (ids, names, "Parent > Child" paths), collection, type,
 * tags, option values (options.size, options.color, options.material and
 * all values), prices per currency (range and stats), in stock (anywhere and
 * per location). Sorts: relevance, prices.<currency>, created_at,
 * units_sold, title, in_stock_rank.
 */
export default defineSearchIndex({
  name: PRODUCT_INDEX,
  entity: "product",
  fields: search.define({
    id: search.keyword().filterable().sortable(),
    title: search.text().searchable({ weight: 3 }).sortable(),
    subtitle: search.text().searchable({ weight: 2 }),
    description: search.text().searchable({ weight: 1 }),
    handle: search.keyword().searchable({ weight: 2 }).filterable(),
    thumbnail: search.keyword(),
    // Not filterable: every document is a published product, and store search
    // is scoped by `channel_ids` through ./_scope.ts, not by Medusa's route.
    status: search.keyword(),
    channel_ids: search.keyword().array().filterable(),
    variant_ids: search.keyword().array().filterable(),
    skus: search.keyword().array().searchable({ weight: 3 }).filterable(),
    barcodes: search.keyword().array().searchable({ weight: 3 }).filterable(),
    tags: search.keyword().array().searchable({ weight: 1 }).filterable().facetable(),
    tag_ids: search.keyword().array().filterable(),
    type: search.keyword().searchable({ weight: 1 }).filterable().facetable(),
    type_id: search.keyword().filterable(),
    collection: search.keyword().searchable({ weight: 1 }).filterable().facetable(),
    collection_id: search.keyword().filterable().facetable(),
    collection_handle: search.keyword().filterable(),
    category_ids: search.keyword().array().filterable().facetable(),
    category_names: search.keyword().array().searchable({ weight: 2 }).filterable().facetable(),
    category_handles: search.keyword().array().filterable(),
    category_paths: search.keyword().array().filterable().facetable(),
    options: optionFields,
    option_values: search.keyword().array().searchable({ weight: 1 }).filterable().facetable(),
    prices: perCurrency(true),
    original_prices: perCurrency(false),
    on_sale_currencies: search.keyword().array().filterable().facetable(),
    in_stock: search.boolean().filterable().facetable(),
    in_stock_rank: search.integer().sortable(),
    in_stock_location_ids: search.keyword().array().filterable().facetable(),
    created_at: search.date().filterable().sortable().facetable(),
    units_sold: search.integer().filterable().sortable(),
    synonyms: search.text().array().searchable({ weight: 1 }).retrievable(false),
    source_updated_at: search.date(),
    indexed_at: search.date(),
  }),
  events: PRODUCT_INDEX_EVENTS,
  consume: consumeProductEvent as any,
  seed: productSeed(DOCUMENT_PAGE_SIZE) as any,
})
