import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_POINTS_MODULE } from "../../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../../modules/loyalty-points/service"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const loyalty: LoyaltyPointsModuleService = req.scope.resolve(LOYALTY_POINTS_MODULE)
  const batch = await loyalty.retrieveCouponBatch(req.params.id)
  const stats = await loyalty.batchStats([batch.id])
  res.json({ coupon_batch: { ...batch, stats: stats[batch.id] } })
}
