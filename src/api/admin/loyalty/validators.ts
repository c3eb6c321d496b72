import { z } from "@medusajs/framework/zod"

const tier = z
  .object({
    name: z.string().trim().min(1).max(50),
    min_spend: z.number().min(0).max(1e9),
    multiplier: z.number().min(0).max(10),
  })
  .strict()

const ruleFields = {
  is_active: z.boolean(),
  points_per_unit: z.number().min(0).max(10_000),
  rounding: z.enum(["floor", "round", "ceil"]),
  include_tax: z.boolean(),
  include_shipping: z.boolean(),
  points_per_currency_unit: z.number().int().min(1).max(1_000_000),
  min_redemption: z.number().int().min(0).max(100_000_000),
  max_redemption_share: z.number().min(0).max(1),
  expiry_months: z.number().int().min(1).max(120).nullable(),
  pending_days: z.number().int().min(0).max(365),
  welcome_points: z.number().int().min(0).max(1_000_000),
  tiers: z.array(tier).max(20).nullable(),
}

export const AdminCreateLoyaltyRule = z
  .object({
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO 4217 code")
      .transform((c) => c.toLowerCase()),
    ...Object.fromEntries(Object.entries(ruleFields).map(([k, v]) => [k, v.optional()])),
  })
  .strict()
export type AdminCreateLoyaltyRuleType = z.infer<typeof AdminCreateLoyaltyRule>

export const AdminUpdateLoyaltyRule = z
  .object(Object.fromEntries(Object.entries(ruleFields).map(([k, v]) => [k, v.optional()])))
  .strict()
export type AdminUpdateLoyaltyRuleType = z.infer<typeof AdminUpdateLoyaltyRule>

export const AdminAdjustPoints = z
  .object({
    points: z
      .number()
      .int("points must be a whole number")
      .min(-10_000_000)
      .max(10_000_000)
      .refine((p) => p !== 0, "points must not be zero"),
    reason: z.string().trim().min(3, "a reason is required").max(500),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/)
      .transform((c) => c.toLowerCase())
      .optional(),
    idempotency_key: z.string().min(8).max(100).optional(),
  })
  .strict()
export type AdminAdjustPointsType = z.infer<typeof AdminAdjustPoints>

export const AdminGetLoyaltyAccount = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
