import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_POINTS_MODULE } from "../../../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../../../modules/loyalty-points/service"
import { deleteLoyaltyRuleWorkflow } from "../../../../../workflows/loyalty/delete-rule"
import { upsertLoyaltyRuleWorkflow } from "../../../../../workflows/loyalty/upsert-rule"
import type { AdminUpdateLoyaltyRuleType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const loyalty: LoyaltyPointsModuleService = req.scope.resolve(LOYALTY_POINTS_MODULE)
  res.json({ rule: await loyalty.retrieveLoyaltyRule(req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateLoyaltyRuleType>, res: MedusaResponse) {
  const { result } = await upsertLoyaltyRuleWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  res.json({ rule: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteLoyaltyRuleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "loyalty_rule", deleted: true })
}
