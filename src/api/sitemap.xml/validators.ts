import { z } from "@medusajs/framework/zod"

/** `key` is a publishable API key token (Medusa's are `pk_` and 64 hex characters). */
export const GetSitemap = z
  .object({
    key: z.string().trim().min(1, "key (a publishable API key) is required").max(200),
    page: z.coerce.number().int().min(1).max(100_000).optional(),
  })
  .strict()
