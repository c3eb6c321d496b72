import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_POINTS_MODULE } from "../../../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../../../modules/loyalty-points/service"
import { parseQuery } from "../../../../validation"
import { AdminListCouponCodes } from "../../validators"

/** GET /admin/coupon-batches/:id/codes — per-code status, filterable by status and code. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, q, limit, offset } = parseQuery(AdminListCouponCodes, req.query)
  const loyalty: LoyaltyPointsModuleService = req.scope.resolve(LOYALTY_POINTS_MODULE)
  await loyalty.retrieveCouponBatch(req.params.id)
  const now = new Date()
  const filters: Record<string, unknown> = { batch_id: req.params.id }
  if (status === "expired") Object.assign(filters, { status: "unused", expires_at: { $lte: now } })
  else if (status === "unused")
    Object.assign(filters, { status: "unused", $or: [{ expires_at: null }, { expires_at: { $gt: now } }] })
  else if (status) filters.status = status
  if (q) filters.code = { $ilike: `%${q.toUpperCase()}%` }
  const [codes, count] = await loyalty.listAndCountCouponCodes(filters, {
    order: { code: "ASC" },
    skip: offset,
    take: limit,
    select: ["id", "code", "status", "customer_id", "order_id", "redeemed_at", "expires_at", "redemption_count"],
  })
  const coupon_codes = codes.map((c) => ({
    ...c,
    status: c.status === "unused" && c.expires_at && new Date(c.expires_at) <= now ? "expired" : c.status,
  }))
  res.json({ coupon_codes, count, offset, limit })
}
