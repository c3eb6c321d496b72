import { model } from "@medusajs/framework/utils"

/**
 * One thing that went wrong with an order (or, before an order exists, with
 * a cart's payment). `cause_key` names the cause (type + order, or type +
 * payment collection/cart): a unique index allows one active case (open or
 * in progress) per cause, so a redelivered event or a second scan adds an
 * occurrence instead of a new case.
 *
 * A case closes itself (`resolution` "auto", or "action:<name>" when one of
 * the inbox's actions removed the cause) once its cause is gone.
 */
const OrderExceptionCase = model
  .define("order_exception_case", {
    id: model.id({ prefix: "oexc" }).primaryKey(),
    type: model.enum([
      "payment_failed",
      "authorized_not_captured",
      "capture_mismatch",
      "oversold",
      "canceled_refund_pending",
      "not_fulfilled",
      "not_delivered",
      "high_fraud_risk",
    ]),
    cause_key: model.text(),
    severity: model.enum(["low", "medium", "high", "critical"]),
    status: model.enum(["open", "in_progress", "resolved", "dismissed"]).default("open"),
    order_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    payment_collection_id: model.text().nullable(),
    /** The shopper, as known when the case was raised (fraud rules count failed payments by them). */
    email: model.text().nullable(),
    customer_id: model.text().nullable(),
    currency_code: model.text().nullable(),
    summary: model.text(),
    /** User id of the merchant working on the case. */
    assignee: model.text().nullable(),
    opened_at: model.dateTime(),
    last_seen_at: model.dateTime(),
    occurrences: model.number().default(1),
    resolved_at: model.dateTime().nullable(),
    resolved_by: model.text().nullable(),
    /** "auto", "manual" or "action:<name>". */
    resolution: model.text().nullable(),
    /** An action started on the case; a resolution while it runs is credited to it. */
    pending_action: model.text().nullable(),
    /** Outcome of the last action: { action, status: "succeeded" | "failed", error, at, by }. */
    last_action: model.json().nullable(),
    data: model.json().nullable(),
  })
  .indexes([
    { on: ["cause_key"], unique: true, where: "status IN ('open', 'in_progress') AND deleted_at IS NULL" },
    { on: ["status", "opened_at"] },
    { on: ["type", "status"] },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    { on: ["cart_id"], where: "cart_id IS NOT NULL" },
    { on: ["payment_collection_id"], where: "payment_collection_id IS NOT NULL" },
    { on: ["email", "type"], where: "email IS NOT NULL" },
    { on: ["customer_id", "type"], where: "customer_id IS NOT NULL" },
  ])

export default OrderExceptionCase
