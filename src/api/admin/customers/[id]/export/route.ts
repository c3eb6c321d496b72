import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { exportCustomerDataWorkflow } from "../../../../../workflows/customer-privacy/export-customer-data"

/**
 * POST /admin/customers/:id/export — produces the customer's data export
 * (the same JSON the customer can download). Logged as a privacy request
 * with the admin who asked; the audit log records the request too.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await exportCustomerDataWorkflow(req.scope).run({
    input: { customer_id: req.params.id, requested_by_type: "admin", requested_by_id: req.auth_context.actor_id },
  })
  res.setHeader("Content-Disposition", `attachment; filename="customer-data-${req.params.id}.json"`)
  res.json({ request_id: result.request_id, export: result.data })
}
