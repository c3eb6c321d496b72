import { model } from "@medusajs/framework/utils"

/**
 * One store search as it was answered: the query text (normalised, with
 * e-mail addresses and long digit runs masked), the filters and sort it used,
 * how many hits it found and how long it took. No customer, session, IP or
 * user agent is kept. The id is chosen when the search is answered (before
 * the row is written, logs are written in batches) and returned to the
 * storefront, which reports clicks against it.
 */
const SearchQueryLog = model
  .define("search_query_log", {
    id: model.id({ prefix: "srql" }).primaryKey(),
    index_name: model.text(),
    /** Normalised query text; "" for a browse (filters only). */
    query: model.text().default(""),
    filters: model.json().nullable(),
    /** "field:ASC,field:DESC", or null for relevance. */
    sort: model.text().nullable(),
    facets: model.json().nullable(),
    offset: model.number().default(0),
    limit: model.number().default(20),
    /** The engine's match count (an estimate on some engines), null when not counted. */
    hits: model.number().nullable(),
    /** Request to response, measured by the API. */
    latency_ms: model.number(),
    /** What the engine reported for itself, when it does. */
    engine_ms: model.number().nullable(),
  })
  .indexes([{ on: ["created_at"] }, { on: ["query", "created_at"] }])

export default SearchQueryLog
