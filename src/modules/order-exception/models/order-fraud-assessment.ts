import { model } from "@medusajs/framework/utils"

/**
 * The fraud score of one placed order: 0..100 from explainable rules, each
 * fired rule listed in `reasons` with its weight and what it saw. The order
 * total is kept (per currency) for the store's average order value.
 */
const OrderFraudAssessment = model
  .define("order_fraud_assessment", {
    id: model.id({ prefix: "ofra" }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    currency_code: model.text(),
    order_total: model.bigNumber(),
    score: model.number(),
    /** [{ rule, weight, detail }] */
    reasons: model.json(),
    threshold: model.number(),
    flagged: model.boolean().default(false),
    assessed_at: model.dateTime(),
  })
  .indexes([
    { on: ["order_id"], unique: true },
    { on: ["currency_code", "assessed_at"] },
    { on: ["email"], where: "email IS NOT NULL" },
    { on: ["customer_id"], where: "customer_id IS NOT NULL" },
  ])
  .checks([{ name: "order_fraud_assessment_score_range", expression: "score >= 0 AND score <= 100" }])

export default OrderFraudAssessment
