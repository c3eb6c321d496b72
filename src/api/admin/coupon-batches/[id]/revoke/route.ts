import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCouponCodesWorkflow } from "../../../../../workflows/coupons/revoke-codes"
import type { AdminRevokeCouponCodesType } from "../../validators"

/** POST /admin/coupon-batches/:id/revoke { code_ids } | { all_unused: true } */
export async function POST(req: AuthenticatedMedusaRequest<AdminRevokeCouponCodesType>, res: MedusaResponse) {
  const { result } = await revokeCouponCodesWorkflow(req.scope).run({
    input: { batch_id: req.params.id, ...req.validatedBody },
  })
  res.json({ revoked: result })
}
