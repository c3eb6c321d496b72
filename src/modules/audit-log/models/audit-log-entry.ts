import { model } from "@medusajs/framework/utils"

/**
 * One admin action: who (the authenticated user or secret API key), what
 * (method and the route's path pattern with the concrete path), on which
 * resource, with what input (redacted and capped) and with what result.
 * Append-only: nothing updates or deletes entries.
 */
const AuditLogEntry = model
  .define("audit_log_entry", {
    id: model.id({ prefix: "audit" }).primaryKey(),
    actor_type: model.text(),
    actor_id: model.text().nullable(),
    method: model.text(),
    /** The route as declared, e.g. /admin/inventory-thresholds/:id. */
    route: model.text(),
    path: model.text(),
    resource_id: model.text().nullable(),
    status_code: model.number(),
    /** The request body (or query, for exports) with secrets masked and long values cut. */
    input: model.json().nullable(),
    ip: model.text().nullable(),
  })
  .indexes([{ on: ["created_at"] }, { on: ["actor_id", "created_at"] }, { on: ["route", "created_at"] }])

export default AuditLogEntry
