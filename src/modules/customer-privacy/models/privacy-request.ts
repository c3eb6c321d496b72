import { model } from "@medusajs/framework/utils"

/**
 * One export or erasure of a customer's data: who asked (an admin user or the
 * customer themself), when, and how it ended. Holds no personal data itself
 * (only ids), so it survives the erasure it records.
 */
const PrivacyRequest = model
  .define("privacy_request", {
    id: model.id({ prefix: "preq" }).primaryKey(),
    customer_id: model.text(),
    type: model.enum(["export", "erasure"]),
    requested_by_type: model.enum(["admin", "customer"]),
    requested_by_id: model.text().nullable(),
    status: model.enum(["pending", "completed", "failed"]).default("pending"),
    completed_at: model.dateTime().nullable(),
    /** What was done, as counts per kind of data (never the data itself). */
    summary: model.json().nullable(),
  })
  .indexes([{ on: ["customer_id", "created_at"] }])

export default PrivacyRequest
