import { z } from "@medusajs/framework/zod"

const id = z.string().min(1).max(100)
const listOf = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.split(",") : v), z.array(schema).min(1).max(20))
const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
}

export const AdminListInventoryAlerts = z
  .object({
    status: listOf(z.enum(["open", "acknowledged", "resolved"])).optional(),
    kind: listOf(z.enum(["low_stock", "out_of_stock"])).optional(),
    severity: listOf(z.enum(["warning", "critical"])).optional(),
    inventory_item_id: id.optional(),
    location_id: id.optional(),
    q: z.string().trim().min(1).max(100).optional(),
    order: z.enum(["raised_at", "-raised_at", "current_quantity", "-current_quantity"]).default("-raised_at"),
    ...page,
  })
  .strict()

export const AdminTransitionInventoryAlerts = z
  .object({
    ids: z.array(id).min(1).max(500),
    note: z.string().trim().min(1).max(1000).optional(),
  })
  .strict()
export type AdminTransitionInventoryAlertsType = z.infer<typeof AdminTransitionInventoryAlerts>

const days = z.number().int().min(0).max(3650)
export const AdminUpdateInventoryAlertSettings = z
  .object({
    default_threshold: z.number().int().min(0).max(1_000_000_000).optional(),
    hysteresis: z.number().int().min(0).max(1_000_000_000).optional(),
    notify_feed: z.boolean().optional(),
    notify_email: z.string().trim().email().max(320).nullable().optional(),
    webhook_url: z
      .string()
      .trim()
      .url()
      .max(2000)
      .refine((u) => /^https?:\/\//.test(u), "webhook_url must be http(s)")
      .nullable()
      .optional(),
    daily_digest: z.boolean().optional(),
    back_in_stock_mode: z.enum(["available", "all"]).optional(),
    velocity_window_days: days.min(1).optional(),
    safety_stock_days: days.optional(),
    default_lead_time_days: days.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "Nothing to update")
export type AdminUpdateInventoryAlertSettingsType = z.infer<typeof AdminUpdateInventoryAlertSettings>

export const AdminListInventoryThresholds = z
  .object({ inventory_item_id: id.optional(), location_id: id.optional(), ...page })
  .strict()

export const AdminUpsertInventoryThreshold = z
  .object({
    inventory_item_id: id,
    location_id: id.nullable().optional(),
    threshold: z.number().int().min(0).max(1_000_000_000),
    safety_stock: z.number().int().min(0).max(1_000_000_000).nullable().optional(),
  })
  .strict()
export type AdminUpsertInventoryThresholdType = z.infer<typeof AdminUpsertInventoryThreshold>

export const AdminListStockLedger = z
  .object({
    inventory_item_id: id.optional(),
    location_id: id.optional(),
    reason: listOf(z.enum(["order", "return", "receipt", "stocktake", "manual", "import", "other"])).optional(),
    reference_id: id.optional(),
    created_after: z.coerce.date().optional(),
    created_before: z.coerce.date().optional(),
    ...page,
  })
  .strict()

export const AdminAdjustStock = z
  .object({
    location_id: id,
    adjustment: z
      .number()
      .int()
      .min(-1_000_000_000)
      .max(1_000_000_000)
      .refine((n) => n !== 0, "adjustment must not be 0")
      .optional(),
    stocked_quantity: z.number().int().min(0).max(1_000_000_000).optional(),
    reason: z.enum(["manual", "import", "other"]).default("manual"),
    note: z.string().trim().min(3).max(500),
  })
  .strict()
  .refine((b) => (b.adjustment === undefined) !== (b.stocked_quantity === undefined), {
    message: "Give exactly one of adjustment or stocked_quantity",
  })
export type AdminAdjustStockType = z.infer<typeof AdminAdjustStock>

export const AdminListReplenishment = z
  .object({
    location_id: id.optional(),
    needs_reorder: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
    ...page,
  })
  .strict()

export const AdminListBackInStockSubscriptions = z
  .object({
    variant_id: id.optional(),
    status: listOf(z.enum(["waiting", "notified", "canceled"])).optional(),
    ...page,
  })
  .strict()
