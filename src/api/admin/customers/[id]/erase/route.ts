import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { eraseCustomerWorkflow } from "../../../../../workflows/customer-privacy/erase-customer"
import type { AdminEraseCustomerType } from "./validators"

/**
 * POST /admin/customers/:id/erase — irreversibly erases the customer's
 * personal data; 400 unless `confirm` is their e-mail address.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminEraseCustomerType>, res: MedusaResponse) {
  const { confirm } = req.validatedBody
  // The audit log stores the request body once the response is sent: keep the
  // e-mail being erased out of it.
  req.body = { confirm: "[erased]" }
  const { result } = await eraseCustomerWorkflow(req.scope).run({
    input: { customer_id: req.params.id, confirm, actor_id: req.auth_context.actor_id },
  })
  res.json({ erasure: result })
}
