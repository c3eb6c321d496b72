import { model } from "@medusajs/framework/utils"

/**
 * Store-wide analytics settings: one row (scope "store").
 * Changing `time_zone` rebuilds every fact's day and the rollups from the facts.
 */
const AnalyticsSettings = model
  .define("analytics_settings", {
    id: model.id({ prefix: "anset" }).primaryKey(),
    scope: model.text().default("store"),
    /** IANA zone that decides which calendar day an order, refund or capture belongs to. */
    time_zone: model.text().default("UTC"),
    /** An inventory item with stock and no sale for this many days is dead stock. */
    dead_stock_days: model.number().default(90),
    /** Longest report range (inclusive days). */
    max_range_days: model.number().default(731),
    /** Mirror RFM segments into customer groups. */
    sync_segments_to_groups: model.boolean().default(false),
    weekly_digest: model.boolean().default(true),
    /** Days the nightly reconcile job samples. */
    reconcile_sample_days: model.number().default(7),
  })
  .indexes([{ on: ["scope"], unique: true }])

export default AnalyticsSettings
