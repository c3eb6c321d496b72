import { model } from "@medusajs/framework/utils"

/**
 * Daily sales rollup: always the sum of the facts of its key, re-aggregated
 * by every refresh that touches the key. Order figures count on the
 * placement day, refunds and captures on their own day.
 */
const AnalyticsDailySales = model
  .define("analytics_daily_sales", {
    id: model.id({ prefix: "ands" }).primaryKey(),
    day: model.text(),
    currency_code: model.text(),
    region_id: model.text().default(""),
    sales_channel_id: model.text().default(""),
    orders: model.number().default(0),
    canceled_orders: model.number().default(0),
    /** Non-canceled orders placed that day with at least one capture. */
    captured_orders: model.number().default(0),
    units: model.number().default(0),
    returned_units: model.number().default(0),
    gross_sales: model.bigNumber(),
    discounts: model.bigNumber(),
    refunds: model.bigNumber(),
    /** Refunds of canceled orders (not in net sales; the payments report counts them). */
    canceled_refunds: model.bigNumber(),
    net_sales: model.bigNumber(),
    tax: model.bigNumber(),
    shipping: model.bigNumber(),
    total: model.bigNumber(),
    captured: model.bigNumber(),
    new_customers: model.number().default(0),
  })
  .indexes([{ on: ["day", "currency_code", "region_id", "sales_channel_id"], unique: true }])

export default AnalyticsDailySales
