import { model } from "@medusajs/framework/utils"

/**
 * 1 `currency_code` = `rate` `base_currency_code`, from `valid_from` (a
 * YYYY-MM-DD day in the analytics time zone) until the next rate of the pair.
 */
const AnalyticsCurrencyRate = model
  .define("analytics_currency_rate", {
    id: model.id({ prefix: "anrate" }).primaryKey(),
    currency_code: model.text(),
    base_currency_code: model.text(),
    rate: model.bigNumber(),
    valid_from: model.text(),
  })
  .indexes([{ on: ["currency_code", "base_currency_code", "valid_from"], unique: true }])

export default AnalyticsCurrencyRate
