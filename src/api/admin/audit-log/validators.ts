import { z } from "@medusajs/framework/zod"

export const AdminListAuditLog = z
  .object({
    actor_id: z.string().min(1).max(100).optional(),
    route: z.string().min(1).max(300).optional(),
    method: z.enum(["POST", "DELETE", "GET"]).optional(),
    resource_id: z.string().min(1).max(100).optional(),
    created_after: z.coerce.date().optional(),
    created_before: z.coerce.date().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  })
  .strict()
