import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createSpendThresholdPromotionWorkflow } from "../../../workflows/coupons/create-spend-threshold-promotion"
import type { AdminCreateSpendThresholdPromotionType } from "../coupon-batches/validators"

/** POST /admin/spend-threshold-promotions — "spend X, save Y" as a core promotion. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateSpendThresholdPromotionType>,
  res: MedusaResponse
) {
  const { result } = await createSpendThresholdPromotionWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ promotion: result })
}
