import { z } from "@medusajs/framework/zod"

export const StoreGetRecentlyViewed = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(20) })
  .strict()
