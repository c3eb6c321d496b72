import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_PRIVACY_MODULE } from "../../../../../modules/customer-privacy"
import type CustomerPrivacyModuleService from "../../../../../modules/customer-privacy/service"
import { parseQuery } from "../../../../validation"
import { getRecentlyViewedWorkflow } from "../../../../../workflows/customer-privacy/recently-viewed-get"
import { AdminGetCustomerPrivacy } from "./validators"

/**
 * GET /admin/customers/:id/privacy — what the customer page widget shows:
 * consent flags, browsing history (every recorded product, with whether it
 * is published) and the privacy requests made for the customer.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit } = parseQuery(AdminGetCustomerPrivacy, req.query)
  const service: CustomerPrivacyModuleService = req.scope.resolve(CUSTOMER_PRIVACY_MODULE)
  const customerId = req.params.id
  const [consent, { result: recently_viewed }, requests] = await Promise.all([
    service.getConsent(customerId),
    getRecentlyViewedWorkflow(req.scope).run({ input: { customer_id: customerId, limit, sales_channel_ids: null } }),
    service.listPrivacyRequests({ customer_id: customerId }, { order: { created_at: "DESC" }, take: 20 }),
  ])
  res.json({ customer_privacy: { consent, recently_viewed, requests } })
}
