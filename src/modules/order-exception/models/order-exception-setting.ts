import { model } from "@medusajs/framework/utils"

/**
 * Store-wide settings of the exception inbox: one row (scope "store").
 * `fraud_rules` holds the merchant's changes; rules it does not mention keep
 * their defaults (utils/fraud.ts).
 */
const OrderExceptionSetting = model
  .define("order_exception_setting", {
    id: model.id({ prefix: "oexs" }).primaryKey(),
    scope: model.text().default("store"),
    authorized_capture_hours: model.number().default(24),
    unfulfilled_days: model.number().default(3),
    undelivered_days: model.number().default(14),
    fraud_threshold: model.number().default(50),
    scan_window_days: model.number().default(90),
    fraud_rules: model.json().nullable(),
  })
  .indexes([{ on: ["scope"], unique: true }])
  .checks([
    {
      name: "order_exception_setting_ranges",
      expression:
        "authorized_capture_hours >= 0 AND unfulfilled_days >= 0 AND undelivered_days >= 0 AND fraud_threshold >= 0 AND fraud_threshold <= 100 AND scan_window_days >= 1",
    },
  ])

export default OrderExceptionSetting
