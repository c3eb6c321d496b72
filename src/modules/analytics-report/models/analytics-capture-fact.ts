import { model } from "@medusajs/framework/utils"

/** One payment capture, counted on its own day. */
const AnalyticsCaptureFact = model
  .define("analytics_capture_fact", {
    id: model.id({ prefix: "ancf" }).primaryKey(),
    capture_id: model.text(),
    order_id: model.text(),
    payment_id: model.text(),
    currency_code: model.text(),
    region_id: model.text().default(""),
    sales_channel_id: model.text().default(""),
    amount: model.bigNumber(),
    captured_at: model.dateTime(),
    day: model.text(),
  })
  .indexes([
    { on: ["capture_id"], unique: true },
    { on: ["order_id"] },
    { on: ["day", "currency_code", "region_id", "sales_channel_id"] },
  ])

export default AnalyticsCaptureFact
