import { model } from "@medusajs/framework/utils"

/** One refund, counted on its own day (in the analytics time zone). */
const AnalyticsRefundFact = model
  .define("analytics_refund_fact", {
    id: model.id({ prefix: "anrf" }).primaryKey(),
    refund_id: model.text(),
    order_id: model.text(),
    payment_id: model.text(),
    currency_code: model.text(),
    region_id: model.text().default(""),
    sales_channel_id: model.text().default(""),
    amount: model.bigNumber(),
    refund_reason_id: model.text().nullable(),
    reason_label: model.text().nullable(),
    refunded_at: model.dateTime(),
    day: model.text(),
    /** Refunds of a canceled order are not subtracted from net sales again. */
    is_canceled_order: model.boolean().default(false),
  })
  .indexes([
    { on: ["refund_id"], unique: true },
    { on: ["order_id"] },
    { on: ["day", "currency_code", "region_id", "sales_channel_id"] },
  ])

export default AnalyticsRefundFact
