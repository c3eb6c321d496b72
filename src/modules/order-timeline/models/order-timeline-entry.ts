import { model } from "@medusajs/framework/utils"

/** What a timeline entry records; one value per subscribed event or webhook result. */
export const TIMELINE_KINDS = [
  "order.placed",
  "order.updated",
  "order.canceled",
  "order.completed",
  "fulfillment.created",
  "fulfillment.canceled",
  "shipment.created",
  "delivery.created",
  "return.requested",
  "return.received",
  "claim.created",
  "exchange.created",
  "order_edit.confirmed",
  "payment.captured",
  "payment.refunded",
  "payment.failed",
  "payment.canceled",
  "payment.requires_more",
] as const

/**
 * One thing that happened to an order. `source_key` names the source event
 * (`order.placed:<order_id>`, `payment.captured:<capture_id>`, ...) and is
 * unique, so a redelivered event inserts nothing.
 */
const OrderTimelineEntry = model
  .define("order_timeline_entry", {
    id: model.id({ prefix: "otle" }).primaryKey(),
    order_id: model.text(),
    kind: model.enum([...TIMELINE_KINDS]),
    source_key: model.text(),
    occurred_at: model.dateTime(),
    amount: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    /** User, customer or "system" when known. */
    actor: model.text().nullable(),
    summary: model.text(),
    data: model.json().nullable(),
  })
  .indexes([{ on: ["source_key"], unique: true }, { on: ["order_id", "occurred_at"] }])

export default OrderTimelineEntry
