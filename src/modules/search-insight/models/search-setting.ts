import { model } from "@medusajs/framework/utils"

/**
 * The store's search tuning, one row (scope "store"): synonym groups
 * (expanded into the indexed documents), stop words (removed from queries)
 * and the order of the ranking rules that break ties after relevance.
 */
const SearchSetting = model
  .define("search_setting", {
    id: model.id({ prefix: "srset" }).primaryKey(),
    scope: model.text().default("store"),
    /** [["tee", "t-shirt"], ["hoodie", "hooded sweatshirt"]]: every term of a group finds the others. */
    synonyms: model.json().nullable(),
    /** ["the", "a", "for"]: dropped from store queries before they reach the engine. */
    stop_words: model.json().nullable(),
    /** ["relevance", "in_stock", "best_selling", "newest"]: see src/search/_ranking.ts. */
    ranking_rules: model.json().nullable(),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["scope"], unique: true }])

export default SearchSetting
