import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseQuery } from "../../../../validation"
import { getCustomerAnalyticsWorkflow } from "../../../../../workflows/analytics/segments-customer-analytics"
import { AdminGetCustomerAnalytics } from "./validators"

/**
 * GET /admin/customers/:id/analytics — lifetime value, orders and average
 * order value per currency, and the customer's RFM segment and scores.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  parseQuery(AdminGetCustomerAnalytics, req.query)
  const { result } = await getCustomerAnalyticsWorkflow(req.scope).run({ input: { customer_id: req.params.id } })
  res.json({ customer_analytics: result })
}
