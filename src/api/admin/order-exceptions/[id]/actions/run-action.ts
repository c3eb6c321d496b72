import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CaseAction } from "../../../../../modules/order-exception/types"
import { runOrderExceptionActionWorkflow } from "../../../../../workflows/order-exceptions/run-order-exception-action"
import { retrieveCase } from "../../helpers"

/**
 * Runs one action on a case and answers with the case and the outcome. A
 * core workflow that fails is a recorded outcome (status "failed" with its
 * message), not an HTTP error; an action that does not fit the case is a 400.
 */
export async function runCaseAction(
  req: AuthenticatedMedusaRequest<{ payment_id?: string; amount?: number; note?: string }>,
  res: MedusaResponse,
  action: CaseAction
) {
  const { result } = await runOrderExceptionActionWorkflow(req.scope).run({
    input: { id: req.params.id, action, actor: req.auth_context.actor_id, ...(req.validatedBody ?? {}) },
  })
  res.json({ order_exception: await retrieveCase(req.scope, req.params.id), outcome: result.outcome })
}
