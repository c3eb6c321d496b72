import { model } from "@medusajs/framework/utils"

/**
 * Store-wide settings of the catalog health checks: one row (scope "store").
 * `check_weights` maps a check id (see utils/score.ts CHECK_IDS) to its weight;
 * a weight of 0 disables the check.
 */
const CatalogQualitySetting = model
  .define("catalog_quality_setting", {
    id: model.id({ prefix: "cqset" }).primaryKey(),
    scope: model.text().default("store"),
    check_weights: model.json().default({}),
    min_title_length: model.number().default(10),
    min_description_length: model.number().default(80),
    min_images: model.number().default(1),
    placeholder_words: model.json().default(["lorem ipsum", "todo", "tbd", "placeholder", "xxx"] as any),
    /** Similarity (0..1, pg_trgm) from which two titles count as near-duplicates. */
    title_similarity: model.float().default(0.8),
    publish_gate_enabled: model.boolean().default(false),
    publish_gate_min_score: model.number().default(60),
    /** Absolute storefront base URL for the sitemap; STORE_URL is used when empty. */
    store_url: model.text().nullable(),
    sitemap_page_size: model.number().default(50000),
  })
  .indexes([{ on: ["scope"], unique: true }])

export default CatalogQualitySetting
