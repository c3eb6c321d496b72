import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_POINTS_MODULE } from "../../../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../../../modules/loyalty-points/service"

const PAGE = 2_000

const csv = (value: unknown) => {
  if (value === null || value === undefined) return ""
  const text = value instanceof Date ? value.toISOString() : String(value)
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * GET /admin/coupon-batches/:id/export — every code as CSV, streamed page by
 * page (keyset pagination on the unique code), so 100,000 codes never sit in
 * memory at once and the client starts receiving at once.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const loyalty: LoyaltyPointsModuleService = req.scope.resolve(LOYALTY_POINTS_MODULE)
  const batch = await loyalty.retrieveCouponBatch(req.params.id)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="coupons-${batch.id}.csv"`)
  res.write("code,status,customer_id,order_id,expires_at,redeemed_at\n")
  const now = new Date()
  let after = ""
  for (;;) {
    const page = await loyalty.listCouponCodes(
      { batch_id: batch.id, code: { $gt: after } },
      {
        select: ["code", "status", "customer_id", "order_id", "expires_at", "redeemed_at"],
        order: { code: "ASC" },
        take: PAGE,
      }
    )
    if (!page.length) break
    const lines = page.map((c) => {
      const status = c.status === "unused" && c.expires_at && new Date(c.expires_at) <= now ? "expired" : c.status
      return [c.code, status, c.customer_id, c.order_id, c.expires_at, c.redeemed_at].map(csv).join(",")
    })
    if (!res.write(lines.join("\n") + "\n")) await new Promise((resolve) => res.once("drain", resolve))
    after = page[page.length - 1].code
    if (page.length < PAGE) break
  }
  res.end()
}
