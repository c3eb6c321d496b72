import { model } from "@medusajs/framework/utils"

/** A customer's RFM scores and segment, written by the nightly segment job. */
const AnalyticsCustomerSegment = model
  .define("analytics_customer_segment", {
    id: model.id({ prefix: "anseg" }).primaryKey(),
    customer_id: model.text(),
    recency_days: model.number(),
    frequency: model.number(),
    monetary: model.bigNumber(),
    monetary_currency_code: model.text(),
    r_score: model.number(),
    f_score: model.number(),
    m_score: model.number(),
    segment: model.enum([
      "champions",
      "loyal",
      "potential_loyalist",
      "new",
      "promising",
      "needs_attention",
      "at_risk",
      "cant_lose",
      "hibernating",
      "lost",
    ]),
    computed_at: model.dateTime(),
  })
  .indexes([{ on: ["customer_id"], unique: true }, { on: ["segment"] }])

export default AnalyticsCustomerSegment
