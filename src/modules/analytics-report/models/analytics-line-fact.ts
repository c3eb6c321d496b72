import { model } from "@medusajs/framework/utils"

/** One line item of an order's current version (day = the order's placement day). */
const AnalyticsLineFact = model
  .define("analytics_line_fact", {
    id: model.id({ prefix: "anlf" }).primaryKey(),
    line_item_id: model.text(),
    order_id: model.text(),
    product_id: model.text().nullable(),
    /** '' for a line without a variant (custom item, deleted variant). */
    variant_id: model.text().default(""),
    product_title: model.text().nullable(),
    variant_title: model.text().nullable(),
    variant_sku: model.text().nullable(),
    currency_code: model.text(),
    region_id: model.text().default(""),
    sales_channel_id: model.text().default(""),
    day: model.text(),
    quantity: model.number().default(0),
    returned_quantity: model.number().default(0),
    subtotal: model.bigNumber(),
    discount_total: model.bigNumber(),
    tax_total: model.bigNumber(),
    total: model.bigNumber(),
    is_canceled: model.boolean().default(false),
  })
  .indexes([
    { on: ["line_item_id"], unique: true },
    { on: ["order_id"] },
    { on: ["day", "variant_id", "currency_code"] },
    { on: ["product_id"], where: "product_id IS NOT NULL" },
  ])

export default AnalyticsLineFact
