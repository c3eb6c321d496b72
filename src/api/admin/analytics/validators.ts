import { z } from "@medusajs/framework/zod"
import { isDay, isTimeZone } from "../../../modules/analytics-report/utils/periods"

const currency = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{3}$/, "currency codes have 3 letters")
  .transform((c) => c.toLowerCase())

export const AdminUpdateAnalyticsSettings = z
  .object({
    time_zone: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .refine(isTimeZone, "time_zone must be an IANA time zone name")
      .optional(),
    dead_stock_days: z.number().int().min(1).max(3650).optional(),
    max_range_days: z.number().int().min(1).max(3660).optional(),
    sync_segments_to_groups: z.boolean().optional(),
    weekly_digest: z.boolean().optional(),
    reconcile_sample_days: z.number().int().min(1).max(366).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "Nothing to update")
export type AdminUpdateAnalyticsSettingsType = z.infer<typeof AdminUpdateAnalyticsSettings>

/** A positive decimal with at most 12 places, as a string or a number. */
const rate = z
  .union([z.string().trim(), z.number()])
  .transform((v) => String(v))
  .refine(
    (v) => /^\d{1,12}(\.\d{1,12})?$/.test(v) && Number(v) > 0,
    "rate must be a positive decimal (at most 12 places)"
  )

export const AdminCreateCurrencyRate = z
  .object({
    currency_code: currency,
    base_currency_code: currency,
    rate,
    valid_from: z.string().trim().refine(isDay, "valid_from must be a calendar day written YYYY-MM-DD"),
  })
  .strict()
  .refine((b) => b.currency_code !== b.base_currency_code, {
    message: "currency_code and base_currency_code must differ",
    path: ["base_currency_code"],
  })
export type AdminCreateCurrencyRateType = z.infer<typeof AdminCreateCurrencyRate>

export const AdminListCurrencyRates = z
  .object({
    currency_code: currency.optional(),
    base_currency_code: currency.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
