import { z } from "@medusajs/framework/zod"

export const AdminGetSearchInsights = z
  .object({
    days: z.coerce.number().int().min(1).max(365).default(30),
    limit: z.coerce.number().int().min(1).max(100).default(10),
  })
  .strict()
