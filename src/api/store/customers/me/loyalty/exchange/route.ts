import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { exchangePointsForCouponWorkflow } from "../../../../../../workflows/coupons/exchange-points"
import type { StoreExchangePointsType } from "../validators"

/** POST /store/customers/me/loyalty/exchange { batch_id } — spend points for a single-use code. */
export async function POST(req: AuthenticatedMedusaRequest<StoreExchangePointsType>, res: MedusaResponse) {
  const { result } = await exchangePointsForCouponWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, batch_id: req.validatedBody.batch_id },
  })
  res.status(201).json({ coupon_code: result.coupon_code, points_spent: result.points_spent })
}
