import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateOrderExceptionWorkflow } from "../../../../workflows/order-exceptions/update-order-exception"
import { retrieveCase } from "../helpers"
import type { AdminUpdateOrderExceptionType } from "../validators"

/** GET /admin/order-exceptions/:id — the case with its notes and occurrences. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ order_exception: await retrieveCase(req.scope, req.params.id) })
}

/** POST /admin/order-exceptions/:id — change status (allowed moves only) and/or assignee. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateOrderExceptionType>, res: MedusaResponse) {
  await updateOrderExceptionWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, actor: req.auth_context.actor_id },
  })
  res.json({ order_exception: await retrieveCase(req.scope, req.params.id) })
}
