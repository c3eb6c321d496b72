import { model } from "@medusajs/framework/utils"

/** One promotion applied to one order: the discount it gave and the order's total. */
const AnalyticsPromotionFact = model
  .define("analytics_promotion_fact", {
    id: model.id({ prefix: "anpf" }).primaryKey(),
    order_id: model.text(),
    promotion_id: model.text(),
    code: model.text().nullable(),
    campaign_id: model.text().nullable(),
    currency_code: model.text(),
    region_id: model.text().default(""),
    sales_channel_id: model.text().default(""),
    day: model.text(),
    discount_total: model.bigNumber(),
    order_total: model.bigNumber(),
    is_canceled: model.boolean().default(false),
  })
  .indexes([{ on: ["order_id", "promotion_id"], unique: true }, { on: ["day", "promotion_id"] }])

export default AnalyticsPromotionFact
