import { z } from "@medusajs/framework/zod"

export const AdminCreateCouponBatch = z
  .object({
    name: z.string().trim().min(1).max(200),
    promotion_id: z.string().min(1).max(100),
    count: z.number().int().min(1).max(100_000),
    prefix: z
      .string()
      .regex(/^[A-Za-z0-9]{1,12}$/, "prefix: 1-12 letters or digits")
      .transform((p) => p.toUpperCase())
      .optional(),
    single_use: z.boolean().optional(),
    once_per_customer: z.boolean().optional(),
    expires_at: z.coerce
      .date()
      .refine((d) => d.getTime() > Date.now(), "expires_at must be in the future")
      .optional(),
    customer_group_id: z.string().min(1).max(100).optional(),
    exchange_points: z.number().int().min(1).max(100_000_000).optional(),
    /** One code each for these customers (only they can use it). */
    customer_ids: z.array(z.string().min(1).max(100)).min(1).max(10_000).optional(),
  })
  .strict()
  .refine(
    (b) => !b.customer_ids || new Set(b.customer_ids).size <= b.count,
    "count must cover every customer in customer_ids"
  )
export type AdminCreateCouponBatchType = z.infer<typeof AdminCreateCouponBatch>

export const AdminListCouponBatches = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()

export const AdminListCouponCodes = z
  .object({
    status: z.enum(["unused", "applied", "redeemed", "revoked", "expired"]).optional(),
    q: z.string().trim().max(64).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  })
  .strict()

export const AdminRevokeCouponCodes = z
  .object({
    code_ids: z.array(z.string().min(1).max(100)).min(1).max(10_000).optional(),
    all_unused: z.literal(true).optional(),
  })
  .strict()
  .refine((b) => Boolean(b.code_ids) !== Boolean(b.all_unused), "send either code_ids or all_unused: true")
export type AdminRevokeCouponCodesType = z.infer<typeof AdminRevokeCouponCodes>

export const AdminCreateSpendThresholdPromotion = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{3,40}$/, "code: 3-40 letters, digits, - or _"),
    threshold: z.number().positive().max(1e9),
    discount: z.number().positive().max(1e9),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/)
      .transform((c) => c.toLowerCase()),
    is_percentage: z.boolean().optional(),
    is_automatic: z.boolean().optional(),
  })
  .strict()
  .refine((b) => !b.is_percentage || b.discount <= 100, "a percentage discount is at most 100")
  .refine((b) => b.is_percentage || b.discount < b.threshold, "the discount must be below the threshold")
export type AdminCreateSpendThresholdPromotionType = z.infer<typeof AdminCreateSpendThresholdPromotion>
