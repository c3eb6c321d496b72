import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUDIT_LOG_MODULE } from "../modules/audit-log"
import type AuditLogModuleService from "../modules/audit-log/service"
import { isAudited, redactInput } from "../modules/audit-log/utils/redact"

/**
 * Records every successful admin change (POST, DELETE) and every export once
 * the response is sent, with the admin who made it: ours and Medusa's own
 * routes alike (a threshold changed, points adjusted, codes revoked, a
 * customer's data exported...). Writing never delays or fails the request.
 */
function auditAdminActions(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.on("finish", () => {
    const path = req.originalUrl.split("?")[0]
    if (!isAudited(req.method, req.originalUrl, res.statusCode)) return
    const auth = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
    const route = (req as MedusaRequest & { route?: { path?: unknown } }).route?.path
    const input = req.method === "GET" ? req.query : req.body
    const audit: AuditLogModuleService = req.scope.resolve(AUDIT_LOG_MODULE)
    audit
      .createAuditLogEntries({
        actor_type: auth?.actor_type ?? "unknown",
        actor_id: auth?.actor_id ?? null,
        method: req.method,
        route: typeof route === "string" ? route : path,
        path,
        resource_id: typeof req.params?.id === "string" ? req.params.id : null,
        status_code: res.statusCode,
        input: (redactInput(input ?? null) as Record<string, unknown> | null) ?? null,
        ip: req.ip ?? null,
      })
      .catch((error: Error) =>
        req.scope
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(`audit log: could not record ${req.method} ${path}: ${error.message}`)
      )
  })
  next()
}

export const auditLogMiddlewares: MiddlewareRoute[] = [{ matcher: "/admin/*", middlewares: [auditAdminActions] }]
