import { z } from "@medusajs/framework/zod"
import { isDay } from "../../../modules/analytics-report/utils/periods"

const day = z.string().trim().refine(isDay, "must be a calendar day written YYYY-MM-DD")
const id = z.string().trim().min(1).max(100)
const currency = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{3}$/, "must be a 3-letter currency code")
  .transform((c) => c.toLowerCase())

const reportQuery = {
  from: day,
  to: day,
  granularity: z.enum(["day", "week", "month"]).default("day"),
  compare: z.enum(["previous_period", "none"]).default("previous_period"),
  region_id: id.optional(),
  sales_channel_id: id.optional(),
  currency_code: currency.optional(),
  convert_to: currency.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  sort: z.string().trim().min(1).max(50).optional(),
  order: z.enum(["asc", "desc"]).optional(),
}

const toAfterFrom = (q: { from: string; to: string }) => q.to >= q.from

/** GET /admin/reports/:report (the span limit and `sort` are checked against settings and the report). */
export const AdminGetReport = z
  .object(reportQuery)
  .strict()
  .refine(toAfterFrom, { message: "`to` must not be before `from`", path: ["to"] })
export type AdminGetReportType = z.infer<typeof AdminGetReport>

/** GET /admin/reports/:report/export */
export const AdminExportReport = z
  .object({ ...reportQuery, part: z.enum(["series", "rows"]).optional() })
  .strict()
  .refine(toAfterFrom, { message: "`to` must not be before `from`", path: ["to"] })
export type AdminExportReportType = z.infer<typeof AdminExportReport>
