import { model } from "@medusajs/framework/utils"

/**
 * One order's current state, as Medusa computes it (not a delta). Replaced
 * whole on every refresh of the order. `day` is the placement day
 * (YYYY-MM-DD) in the analytics time zone; a missing region or sales channel
 * is ''.
 */
const AnalyticsOrderFact = model
  .define("analytics_order_fact", {
    id: model.id({ prefix: "anof" }).primaryKey(),
    order_id: model.text(),
    order_version: model.number().default(1),
    display_id: model.number().nullable(),
    customer_id: model.text().nullable(),
    region_id: model.text().default(""),
    sales_channel_id: model.text().default(""),
    currency_code: model.text(),
    placed_at: model.dateTime(),
    day: model.text(),
    status: model.text(),
    is_canceled: model.boolean().default(false),
    canceled_at: model.dateTime().nullable(),
    item_subtotal: model.bigNumber(),
    discount_total: model.bigNumber(),
    shipping_total: model.bigNumber(),
    tax_total: model.bigNumber(),
    total: model.bigNumber(),
    captured_total: model.bigNumber(),
    refunded_total: model.bigNumber(),
    units: model.number().default(0),
    returned_units: model.number().default(0),
    /** The customer's first non-canceled order (across currencies). */
    is_first_order: model.boolean().default(false),
    refreshed_at: model.dateTime(),
  })
  .indexes([
    { on: ["order_id"], unique: true },
    { on: ["day", "currency_code", "region_id", "sales_channel_id"] },
    { on: ["customer_id", "placed_at"], where: "customer_id IS NOT NULL" },
  ])

export default AnalyticsOrderFact
