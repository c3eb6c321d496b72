import { model } from "@medusajs/framework/utils"

/**
 * A customer notification we owe, claimed by its idempotency key
 * (`<template key>:<source event key>`) before it is sent, so a redelivered
 * event (or two workers) never sends twice. A failed send may be claimed again.
 */
const OrderNotificationDelivery = model
  .define("order_notification_delivery", {
    id: model.id({ prefix: "ondl" }).primaryKey(),
    idempotency_key: model.text(),
    template_key: model.text(),
    source_key: model.text(),
    channel: model.text(),
    to: model.text().nullable(),
    order_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    status: model.enum(["pending", "sent", "failed", "skipped"]).default("pending"),
    attempts: model.number().default(0),
    last_error: model.text().nullable(),
    notification_id: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    { on: ["status"] },
  ])

export default OrderNotificationDelivery
