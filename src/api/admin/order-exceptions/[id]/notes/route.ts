import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addOrderExceptionNoteWorkflow } from "../../../../../workflows/order-exceptions/add-order-exception-note"
import { retrieveCase } from "../../helpers"
import type { AdminCreateOrderExceptionNoteType } from "../../validators"

/** POST /admin/order-exceptions/:id/notes — adds a note to the case's log. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateOrderExceptionNoteType>, res: MedusaResponse) {
  await addOrderExceptionNoteWorkflow(req.scope).run({
    input: { case_id: req.params.id, author: req.auth_context.actor_id, body: req.validatedBody.body },
  })
  res.json({ order_exception: await retrieveCase(req.scope, req.params.id) })
}
