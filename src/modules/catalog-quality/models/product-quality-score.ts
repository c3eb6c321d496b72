import { model } from "@medusajs/framework/utils"

/**
 * The last computed completeness/consistency score of one product. Derived
 * data: recomputing it any number of times gives the same row.
 * * `failed_checks` is a JSON list of { check, weight, message, fix, related_product_ids? }.
 */
const ProductQualityScore = model
  .define("product_quality_score", {
    id: model.id({ prefix: "pqs" }).primaryKey(),
    product_id: model.text(),
    score: model.number(),
    failed_checks: model.json().default([] as any),
    computed_at: model.dateTime(),
  })
  .indexes([{ on: ["product_id"], unique: true }, { on: ["score"] }])

export default ProductQualityScore
