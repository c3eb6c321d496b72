import { z } from "@medusajs/framework/zod"

const currencyCode = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "a 3-letter currency code")
  .transform((c) => c.toLowerCase())
const text = (max: number) => z.string().trim().max(max)
const id = z.string().min(1).max(100)

/** Money as a number or a decimal string ("12.50"), never negative. */
export const moneyAmount = z.union([
  z.number().min(0).max(1e12),
  z
    .string()
    .regex(/^\d{1,12}(\.\d{1,10})?$/, "a non-negative decimal amount")
    .transform((s) => s),
])

const supplierFields = {
  name: text(200).min(1),
  contact_name: text(200).nullable().optional(),
  email: z.string().trim().email().max(320).nullable().optional(),
  phone: text(50).nullable().optional(),
  lead_time_days: z.number().int().min(0).max(3650).optional(),
  minimum_order_quantity: z.number().int().min(0).max(10_000_000).optional(),
  currency_code: currencyCode,
  notes: text(5000).nullable().optional(),
  metadata: z.record(z.string(), z.unknown()).nullable().optional(),
}

export const AdminCreateSupplier = z.object(supplierFields).strict()
export type AdminCreateSupplierType = z.infer<typeof AdminCreateSupplier>

export const AdminUpdateSupplier = z
  .object(supplierFields)
  .partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, "nothing to update")
export type AdminUpdateSupplierType = z.infer<typeof AdminUpdateSupplier>

export const AdminListSuppliers = z
  .object({
    q: z.string().trim().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()

const SupplierItem = z
  .object({
    inventory_item_id: id,
    cost_price: moneyAmount,
    currency_code: currencyCode.optional(),
    supplier_sku: text(100).nullable().optional(),
    is_preferred: z.boolean().optional(),
  })
  .strict()
const SupplierItems = z.array(SupplierItem).min(1).max(500)

/** `[{ inventory_item_id, cost_price, ... }]`, or the same as `{ items: [...] }`. */
export const AdminUpsertSupplierItems = z
  .union([SupplierItems, z.object({ items: SupplierItems }).strict()])
  .transform((b) => (Array.isArray(b) ? { items: b } : b))
export type AdminUpsertSupplierItemsType = z.infer<typeof AdminUpsertSupplierItems>

export const AdminListSupplierItems = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
