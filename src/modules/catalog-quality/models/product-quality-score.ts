import { model } from "@medusajs/framework/utils"

/**
 * The last computed completeness/consistency score of one product. Derived
 * data: recomputing it any number of times gives the same row.
 * - `failed_checks` is a JSON list of { check, weight, message, fix, related_product_ids? }.
 * - `status`, `title`, `handle` and `units_sold` are the product's as of
 *   `computed_at`, kept so the fix list can filter and sort by impact
 *   (published and selling first) without reading other modules' tables.
 */
const ProductQualityScore = model
  .define("product_quality_score", {
    id: model.id({ prefix: "pqs" }).primaryKey(),
    product_id: model.text(),
    score: model.number(),
    failed_checks: model.json().default([] as any),
    status: model.text().default("draft"),
    title: model.text().nullable(),
    handle: model.text().nullable(),
    units_sold: model.number().default(0),
    computed_at: model.dateTime(),
  })
  .indexes([{ on: ["product_id"], unique: true }, { on: ["score"] }, { on: ["status", "units_sold"] }])

export default ProductQualityScore
