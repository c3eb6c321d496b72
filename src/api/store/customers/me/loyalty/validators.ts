import { z } from "@medusajs/framework/zod"

export const StoreGetLoyalty = z
  .object({
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO 4217 code")
      .transform((c) => c.toLowerCase())
      .optional(),
  })
  .strict()

export const StoreGetLoyaltyTransactions = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()

export const StoreExchangePoints = z.object({ batch_id: z.string().min(1).max(100) }).strict()
export type StoreExchangePointsType = z.infer<typeof StoreExchangePoints>
