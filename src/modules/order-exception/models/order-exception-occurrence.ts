import { model } from "@medusajs/framework/utils"

/**
 * Every fact that raised or re-raised a case, claimed by a unique
 * `source_key` before the case is touched: the same event delivered again,
 * or the same cause seen by the next scan, changes nothing.
 */
const OrderExceptionOccurrence = model
  .define("order_exception_occurrence", {
    id: model.id({ prefix: "oexo" }).primaryKey(),
    source_key: model.text(),
    case_id: model.text().nullable(),
    type: model.text(),
    occurred_at: model.dateTime(),
    data: model.json().nullable(),
  })
  .indexes([{ on: ["source_key"], unique: true }, { on: ["case_id"] }, { on: ["type", "occurred_at"] }])

export default OrderExceptionOccurrence
