import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { Paginated } from "../lib/types"

export type AuditLogEntry = {
  id: string
  actor_type: string
  actor_id: string | null
  method: string
  route: string
  path: string
  resource_id: string | null
  status_code: number
  input: unknown
  ip: string | null
  created_at: string
}

export type AuditLogParams = { method?: string; limit: number; offset: number }

export const auditLogKeys = {
  all: ["audit-log"] as const,
  list: (params: AuditLogParams) => ["audit-log", "list", params] as const,
}

export const useAuditLog = (params: AuditLogParams) =>
  useQuery({
    queryKey: auditLogKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<Paginated<"audit_log_entries", AuditLogEntry>>("/admin/audit-log", {
        query: { limit: params.limit, offset: params.offset, ...(params.method ? { method: params.method } : {}) },
      }),
    placeholderData: (previous) => previous,
  })
