import { z } from "@medusajs/framework/zod"

export const StoreGetSearchSuggestions = z
  .object({
    q: z.string().trim().min(1).max(100),
    limit: z.coerce.number().int().min(1).max(10).default(5),
  })
  .strict()
