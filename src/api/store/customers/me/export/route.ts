import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { exportCustomerDataWorkflow } from "../../../../../workflows/customer-privacy/export-customer-data"

/**
 * GET /store/customers/me/export — everything we hold on the logged-in
 * customer, as a JSON download. Logged as a privacy request.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (Object.keys(req.query ?? {}).length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This endpoint takes no query parameters")
  }
  const customerId = req.auth_context.actor_id
  const { result } = await exportCustomerDataWorkflow(req.scope).run({
    input: { customer_id: customerId, requested_by_type: "customer", requested_by_id: customerId },
  })
  res.setHeader("Content-Disposition", `attachment; filename="customer-data-${customerId}.json"`)
  res.json({ request_id: result.request_id, export: result.data })
}
