import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_POINTS_MODULE } from "../../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../../modules/loyalty-points/service"
import { upsertLoyaltyRuleWorkflow } from "../../../../workflows/loyalty/upsert-rule"
import type { AdminCreateLoyaltyRuleType } from "../validators"

/** GET /admin/loyalty/rules — one rule per currency. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const loyalty: LoyaltyPointsModuleService = req.scope.resolve(LOYALTY_POINTS_MODULE)
  const [rules, count] = await loyalty.listAndCountLoyaltyRules({}, { order: { currency_code: "ASC" }, take: null })
  res.json({ rules, count, offset: 0, limit: count })
}

/** POST /admin/loyalty/rules — create the rule of a currency (409-style 400 when it exists). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateLoyaltyRuleType>, res: MedusaResponse) {
  const { result } = await upsertLoyaltyRuleWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ rule: result })
}
