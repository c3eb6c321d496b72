import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_LOG_MODULE } from "../../../modules/audit-log"
import type AuditLogModuleService from "../../../modules/audit-log/service"
import { parseQuery } from "../../validation"
import { AdminListAuditLog } from "./validators"

/** GET /admin/audit-log — admin changes and exports, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, created_after, created_before, ...rest } = parseQuery(AdminListAuditLog, req.query)
  const filters: Record<string, unknown> = { ...rest }
  if (created_after || created_before) {
    filters.created_at = {
      ...(created_after ? { $gte: created_after } : {}),
      ...(created_before ? { $lt: created_before } : {}),
    }
  }
  const audit: AuditLogModuleService = req.scope.resolve(AUDIT_LOG_MODULE)
  const [entries, count] = await audit.listAndCountAuditLogEntries(filters, {
    order: { created_at: "DESC", id: "DESC" },
    skip: offset,
    take: limit,
  })
  res.json({ audit_log_entries: entries, count, offset, limit })
}
