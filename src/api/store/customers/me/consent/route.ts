import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_PRIVACY_MODULE } from "../../../../../modules/customer-privacy"
import type CustomerPrivacyModuleService from "../../../../../modules/customer-privacy/service"
import { updateCustomerConsentWorkflow } from "../../../../../workflows/customer-privacy/consent-update"
import type { StoreUpdateConsentType } from "./validators"

/** GET /store/customers/me/consent — the logged-in customer's consent flags (off until given). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: CustomerPrivacyModuleService = req.scope.resolve(CUSTOMER_PRIVACY_MODULE)
  res.json({ consent: await service.getConsent(req.auth_context.actor_id) })
}

/**
 * POST /store/customers/me/consent — sets the flags given. Withdrawing
 * personalisation deletes the browsing history.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateConsentType>, res: MedusaResponse) {
  const flags = req.validatedBody
  if (flags.marketing_email === undefined && flags.personalisation === undefined) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Give marketing_email and/or personalisation")
  }
  const { result } = await updateCustomerConsentWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, flags, source: "customer" },
  })
  res.json({ consent: result })
}
