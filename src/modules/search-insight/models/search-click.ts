import { model } from "@medusajs/framework/utils"

/**
 * A hit the shopper opened, reported by the storefront against the search
 * that showed it. One row per (search, product): a repeated report is the
 * same click.
 */
const SearchClick = model
  .define("search_click", {
    id: model.id({ prefix: "srcl" }).primaryKey(),
    search_id: model.text(),
    product_id: model.text(),
    /** 1-based rank of the hit in the results the shopper saw. */
    position: model.number().nullable(),
  })
  .indexes([{ on: ["search_id", "product_id"], unique: true }, { on: ["created_at"] }])

export default SearchClick
