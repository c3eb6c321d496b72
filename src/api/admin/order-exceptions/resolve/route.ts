import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeOrderExceptionsWorkflow } from "../../../../workflows/order-exceptions/close-order-exceptions"
import type { AdminResolveOrderExceptionsType } from "../validators"

/** POST /admin/order-exceptions/resolve — resolves (or dismisses) cases in bulk; closed ones are skipped. */
export async function POST(req: AuthenticatedMedusaRequest<AdminResolveOrderExceptionsType>, res: MedusaResponse) {
  const { ids, status, note } = req.validatedBody
  const { result } = await closeOrderExceptionsWorkflow(req.scope).run({
    input: { ids, to: status, note, actor: req.auth_context.actor_id },
  })
  res.json({ order_exceptions: result.map(({ id, status }) => ({ id, status })), updated: result.length })
}
