import { z } from "@medusajs/framework/zod"
import { MAX_COUNTED_QUANTITY, STOCKTAKE_STATUSES } from "../../../modules/stocktake/types"

/** Characters of a CSV count sheet accepted in one upload (the route's body limit is set to match). */
export const MAX_CSV_LENGTH = 5_000_000
export const MAX_COUNTS = 10_000

const id = z.string().trim().min(1).max(100)

export const AdminListStocktakes = z
  .object({
    status: z.enum(STOCKTAKE_STATUSES).optional(),
    location_id: id.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()

export const AdminCreateStocktake = z
  .object({
    location_id: id,
    /** Count only these items; every item stocked at the location when omitted. */
    inventory_item_ids: z.array(id).min(1).max(MAX_COUNTS).optional(),
    name: z.string().trim().min(1).max(200).optional(),
    notes: z.string().trim().max(2_000).optional(),
  })
  .strict()
export type AdminCreateStocktakeType = z.infer<typeof AdminCreateStocktake>

export const AdminGetStocktake = z
  .object({
    lines_limit: z.coerce.number().int().min(1).max(5_000).default(1_000),
    lines_offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  })
  .strict()

export const AdminListStocktakeLines = z
  .object({
    /** Search in SKU and title. */
    q: z.string().trim().max(100).optional(),
    counted: z.enum(["true", "false"]).optional(),
    limit: z.coerce.number().int().min(1).max(1_000).default(50),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  })
  .strict()

const Count = z
  .object({
    inventory_item_id: id.optional(),
    sku: z.string().trim().min(1).max(200).optional(),
    counted_quantity: z.number().int().min(0).max(MAX_COUNTED_QUANTITY),
  })
  .strict()
  .refine((c) => Boolean(c.inventory_item_id || c.sku), "each count needs an inventory_item_id or a sku")

export const AdminRecordStocktakeCounts = z.object({ counts: z.array(Count).min(1).max(MAX_COUNTS) }).strict()
export type AdminRecordStocktakeCountsType = z.infer<typeof AdminRecordStocktakeCounts>

export const AdminUploadStocktakeCsv = z
  .object({
    /** A count sheet: header row (sku or inventory_item_id, counted_quantity), then one row per item. */
    csv: z.string().min(1).max(MAX_CSV_LENGTH),
  })
  .strict()
export type AdminUploadStocktakeCsvType = z.infer<typeof AdminUploadStocktakeCsv>

export const AdminApproveStocktake = z
  .object({
    /** "require" (default): every line must be counted; "ignore": uncounted lines stay unchanged. */
    uncounted: z.enum(["require", "ignore"]).optional(),
  })
  .strict()
export type AdminApproveStocktakeType = z.infer<typeof AdminApproveStocktake>

export const AdminCancelStocktake = z.object({}).strict()
