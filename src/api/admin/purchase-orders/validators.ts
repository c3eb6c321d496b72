import { z } from "@medusajs/framework/zod"
import { PURCHASE_ORDER_STATUSES } from "../../../modules/purchasing/models/purchase-order"
import { moneyAmount } from "../suppliers/validators"

const id = z.string().min(1).max(100)
const quantity = z.number().int().min(1).max(10_000_000)
const currencyCode = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "a 3-letter currency code")
  .transform((c) => c.toLowerCase())

const Line = z
  .object({
    inventory_item_id: id,
    quantity,
    /** In the order's currency; the supplier's cost price when omitted. */
    unit_cost: moneyAmount.optional(),
  })
  .strict()
const Lines = z.array(Line).min(1).max(500)

export const AdminCreatePurchaseOrder = z
  .object({
    supplier_id: id,
    location_id: id,
    currency_code: currencyCode.optional(),
    expected_at: z.coerce.date().nullable().optional(),
    notes: z.string().trim().max(5000).nullable().optional(),
    metadata: z.record(z.string(), z.unknown()).nullable().optional(),
    lines: Lines,
  })
  .strict()
export type AdminCreatePurchaseOrderType = z.infer<typeof AdminCreatePurchaseOrder>

export const AdminUpdatePurchaseOrder = z
  .object({
    location_id: id.optional(),
    currency_code: currencyCode.optional(),
    expected_at: z.coerce.date().nullable().optional(),
    notes: z.string().trim().max(5000).nullable().optional(),
    metadata: z.record(z.string(), z.unknown()).nullable().optional(),
    lines: Lines.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "nothing to update")
export type AdminUpdatePurchaseOrderType = z.infer<typeof AdminUpdatePurchaseOrder>

const statusList = z
  .union([z.enum(PURCHASE_ORDER_STATUSES), z.array(z.enum(PURCHASE_ORDER_STATUSES)).max(5)])
  .transform((s) => (Array.isArray(s) ? s : [s]))

export const AdminListPurchaseOrders = z
  .object({
    status: statusList.optional(),
    supplier_id: id.optional(),
    location_id: id.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()

/** Order and cancel take no body (an empty object is fine). */
export const AdminPurchaseOrderAction = z.object({}).strict()

export const AdminReceivePurchaseOrder = z
  .object({
    lines: z
      .array(
        z
          .object({ line_id: id.optional(), inventory_item_id: id.optional(), quantity })
          .strict()
          .refine(
            (l) => Boolean(l.line_id) !== Boolean(l.inventory_item_id),
            "give either line_id or inventory_item_id"
          )
      )
      .min(1)
      .max(500),
    allow_over_receipt: z.boolean().optional(),
    /** Or the Idempotency-Key header. */
    idempotency_key: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
export type AdminReceivePurchaseOrderType = z.infer<typeof AdminReceivePurchaseOrder>

export const AdminCreatePurchaseOrdersFromSuggestions = z
  .object({
    location_id: id,
    items: z
      .array(z.object({ inventory_item_id: id, quantity, supplier_id: id.optional() }).strict())
      .min(1)
      .max(1000),
  })
  .strict()
export type AdminCreatePurchaseOrdersFromSuggestionsType = z.infer<typeof AdminCreatePurchaseOrdersFromSuggestions>
