import { z } from "@medusajs/framework/zod"

export const AdminGetOrderTimeline = z
  .object({
    order: z.enum(["occurred_at", "-occurred_at"]).default("-occurred_at"),
    limit: z.coerce.number().int().min(1).max(500).default(200),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
