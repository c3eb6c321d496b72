import { model } from "@medusajs/framework/utils"

/**
 * Store-wide settings of the inventory cockpit: one row (scope "store").
 * `default_threshold` is the least specific threshold level.
 */
const InventoryAlertSetting = model
  .define("inventory_alert_setting", {
    id: model.id({ prefix: "iaset" }).primaryKey(),
    scope: model.text().default("store"),
    default_threshold: model.number().default(5),
    /** An alert re-arms only once available stock is above threshold + hysteresis. */
    hysteresis: model.number().default(0),
    notify_feed: model.boolean().default(true),
    /** Merchant address for alert e-mails (sent on the "email" channel when a provider serves it). */
    notify_email: model.text().nullable(),
    /** Slack-compatible incoming webhook. */
    webhook_url: model.text().nullable(),
    daily_digest: model.boolean().default(false),
    /** "available": notify as many waiting subscribers as the restocked units can serve; "all": everyone. */
    back_in_stock_mode: model.enum(["available", "all"]).default("available"),
    velocity_window_days: model.number().default(30),
    safety_stock_days: model.number().default(7),
    default_lead_time_days: model.number().default(14),
  })
  .indexes([{ on: ["scope"], unique: true }])

export default InventoryAlertSetting
