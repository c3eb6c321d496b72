import { z } from "@medusajs/framework/zod"

export const StoreGetCustomerRecommendations = z
  .object({ limit: z.coerce.number().int().min(1).max(50).default(12) })
  .strict()
