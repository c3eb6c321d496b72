import { model } from "@medusajs/framework/utils"

/**
 * The case's log: merchant notes, status changes, actions and their outcome,
 * automatic resolutions. Append-only.
 */
const OrderExceptionNote = model
  .define("order_exception_note", {
    id: model.id({ prefix: "oexn" }).primaryKey(),
    case_id: model.text(),
    kind: model.enum(["note", "status", "assignment", "action", "system"]),
    /** User id, or "system". */
    author: model.text(),
    body: model.text(),
    data: model.json().nullable(),
  })
  .indexes([{ on: ["case_id", "created_at"] }])

export default OrderExceptionNote
