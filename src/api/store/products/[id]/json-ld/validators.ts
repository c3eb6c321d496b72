import { z } from "@medusajs/framework/zod"

export const StoreGetProductJsonLd = z
  .object({
    region_id: z.string().min(1).max(100).optional(),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, "currency_code must be a three-letter ISO 4217 code")
      .transform((c) => c.toLowerCase())
      .optional(),
  })
  .strict()
  .refine((q) => !!q.region_id !== !!q.currency_code, "Give exactly one of region_id or currency_code")
