import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_POINTS_MODULE } from "../../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../../modules/loyalty-points/service"

/** GET /admin/loyalty/reconcile — accounts whose balances differ from their ledger (should be none). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const loyalty: LoyaltyPointsModuleService = req.scope.resolve(LOYALTY_POINTS_MODULE)
  const mismatches = await loyalty.reconcile()
  res.json({ reconciled: mismatches.length === 0, mismatches })
}
