import { z } from "@medusajs/framework/zod"
import { CASE_STATUSES, CASE_TYPES, SEVERITIES } from "../../../modules/order-exception/types"

const id = z.string().min(1).max(100)
const listOf = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.split(",") : v), z.array(schema).min(1).max(20))
const hours = z.coerce
  .number()
  .min(0)
  .max(24 * 3650)

export const AdminListOrderExceptions = z
  .object({
    type: listOf(z.enum(CASE_TYPES)).optional(),
    status: listOf(z.enum(CASE_STATUSES)).optional(),
    severity: listOf(z.enum(SEVERITIES)).optional(),
    order_id: id.optional(),
    cart_id: id.optional(),
    assignee: id.optional(),
    /** Only cases open at least / at most this many hours. */
    min_age_hours: hours.optional(),
    max_age_hours: hours.optional(),
    order: z.enum(["opened_at", "-opened_at", "last_seen_at", "-last_seen_at"]).default("-opened_at"),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  })
  .strict()
  .refine(
    (q) => q.min_age_hours === undefined || q.max_age_hours === undefined || q.min_age_hours <= q.max_age_hours,
    "min_age_hours must not be above max_age_hours"
  )

const note = z.string().trim().min(1).max(2000)

export const AdminUpdateOrderException = z
  .object({
    status: z.enum(CASE_STATUSES).optional(),
    assignee: id.nullable().optional(),
    /** Logged with the status change. */
    note: note.optional(),
  })
  .strict()
  .refine((b) => b.status !== undefined || b.assignee !== undefined, "Give status and/or assignee")
  .refine(
    (b) => b.note === undefined || b.status !== undefined,
    "note goes with a status change (use /notes otherwise)"
  )
export type AdminUpdateOrderExceptionType = z.infer<typeof AdminUpdateOrderException>

export const AdminCreateOrderExceptionNote = z.object({ body: note }).strict()
export type AdminCreateOrderExceptionNoteType = z.infer<typeof AdminCreateOrderExceptionNote>

export const AdminResolveOrderExceptions = z
  .object({
    ids: z.array(id).min(1).max(500),
    status: z.enum(["resolved", "dismissed"]).default("resolved"),
    note: note.optional(),
  })
  .strict()
export type AdminResolveOrderExceptionsType = z.infer<typeof AdminResolveOrderExceptions>

const amount = z.number().positive().max(1_000_000_000_000).finite()

export const AdminCaptureOrderExceptionPayment = z
  .object({ payment_id: id.optional(), amount: amount.optional() })
  .strict()
export type AdminCaptureOrderExceptionPaymentType = z.infer<typeof AdminCaptureOrderExceptionPayment>

export const AdminCancelOrderExceptionOrder = z.object({}).strict()

export const AdminRefundOrderExceptionPayment = z
  .object({ payment_id: id.optional(), amount: amount.optional(), note: z.string().trim().min(1).max(500).optional() })
  .strict()
export type AdminRefundOrderExceptionPaymentType = z.infer<typeof AdminRefundOrderExceptionPayment>

const weight = z.number().int().min(0).max(100)
const windowHours = z
  .number()
  .int()
  .min(1)
  .max(24 * 365)
const windowDays = z.number().int().min(1).max(3650)
const count = z.number().int().min(1).max(1000)
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(253)
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "a domain such as example.com")

const rule = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({ enabled: z.boolean().optional(), weight: weight.optional(), ...shape })
    .strict()
    .optional()

export const AdminUpdateOrderExceptionSettings = z
  .object({
    authorized_capture_hours: z
      .number()
      .int()
      .min(0)
      .max(24 * 365)
      .optional(),
    unfulfilled_days: z.number().int().min(0).max(3650).optional(),
    undelivered_days: z.number().int().min(0).max(3650).optional(),
    fraud_threshold: z.number().int().min(0).max(100).optional(),
    scan_window_days: z.number().int().min(1).max(3650).optional(),
    fraud_rules: z
      .object({
        order_velocity: rule({ window_hours: windowHours.optional(), min_orders: count.optional() }),
        failed_payments: rule({ window_hours: windowHours.optional(), min_failures: count.optional() }),
        country_mismatch: rule({}),
        high_first_order: rule({
          multiplier: z.number().min(1).max(1000).optional(),
          min_sample: count.optional(),
          window_days: windowDays.optional(),
        }),
        disposable_email: rule({ extra_domains: z.array(domain).max(500).optional() }),
        many_addresses: rule({ window_days: windowDays.optional(), min_addresses: count.optional() }),
        many_cards: rule({ window_days: windowDays.optional(), min_cards: count.optional() }),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "Nothing to update")
export type AdminUpdateOrderExceptionSettingsType = z.infer<typeof AdminUpdateOrderExceptionSettings>
