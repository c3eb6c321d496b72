import { model } from "@medusajs/framework/utils"

/**
 * A notification we owe: claimed by a unique idempotency key before it is
 * sent, so a redelivered event (or two workers) never sends twice.
 */
const AlertDelivery = model
  .define("inventory_alert_delivery", {
    id: model.id({ prefix: "iadl" }).primaryKey(),
    idempotency_key: model.text(),
    channel: model.enum(["feed", "email", "webhook"]),
    /** What the delivery is about: an alert, a digest, a back-in-stock subscription. */
    subject_type: model.enum(["alert", "digest", "back_in_stock"]),
    subject_id: model.text(),
    status: model.enum(["pending", "sent", "failed"]).default("pending"),
    attempts: model.number().default(0),
    last_error: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["idempotency_key"], unique: true }, { on: ["status", "channel"] }, { on: ["subject_id"] }])

export default AlertDelivery
