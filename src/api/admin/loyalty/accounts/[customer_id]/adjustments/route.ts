import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { generateEntityId, Modules } from "@medusajs/framework/utils"
import { adjustPointsWorkflow } from "../../../../../../workflows/loyalty/adjust-points"
import type { AdminAdjustPointsType } from "../../../validators"

/**
 * POST /admin/loyalty/accounts/:customer_id/adjustments — add or remove points
 * with a required reason; the admin is recorded as the actor. Send the same
 * `idempotency_key` again and nothing more is posted.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminAdjustPointsType>, res: MedusaResponse) {
  const customerId = req.params.customer_id
  await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  const body = req.validatedBody
  const { result } = await adjustPointsWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      points: body.points,
      reason: body.reason,
      currency_code: body.currency_code ?? null,
      actor: req.auth_context.actor_id,
      idempotency_key: body.idempotency_key ?? generateEntityId(undefined, "adj"),
    },
  })
  res.status(result.created ? 201 : 200).json({ adjustment: result })
}
