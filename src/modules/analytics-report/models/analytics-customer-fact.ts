import { model } from "@medusajs/framework/utils"

/**
 * One customer's orders in one currency (non-canceled orders only);
 * net_total = their totals minus their refunds. Refreshed with the order.
 */
const AnalyticsCustomerFact = model
  .define("analytics_customer_fact", {
    id: model.id({ prefix: "ancu" }).primaryKey(),
    customer_id: model.text(),
    currency_code: model.text(),
    first_order_at: model.dateTime(),
    last_order_at: model.dateTime(),
    orders_count: model.number().default(0),
    net_total: model.bigNumber(),
  })
  .indexes([{ on: ["customer_id", "currency_code"], unique: true }])

export default AnalyticsCustomerFact
