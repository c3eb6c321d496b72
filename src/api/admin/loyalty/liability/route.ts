import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_POINTS_MODULE } from "../../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../../modules/loyalty-points/service"

/** GET /admin/loyalty/liability — outstanding points and their money value per currency. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const loyalty: LoyaltyPointsModuleService = req.scope.resolve(LOYALTY_POINTS_MODULE)
  res.json({ liability: await loyalty.liability() })
}
