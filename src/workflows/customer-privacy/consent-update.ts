import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PRIVACY_MODULE } from "../../modules/customer-privacy"
import type CustomerPrivacyModuleService from "../../modules/customer-privacy/service"
import type { ConsentFlags, ConsentSource, ConsentState } from "../../modules/customer-privacy/types"

export const updateCustomerConsentWorkflowId = "customer-privacy-update-consent"

export type UpdateCustomerConsentInput = { customer_id: string; flags: ConsentFlags; source: ConsentSource }

/**
 * Sets consent flags. Compensation restores the previous flags (a withdrawn
 * personalisation consent has already deleted the history, which stays deleted).
 */
export const updateCustomerConsentStep = createStep(
  "customer-privacy-update-consent-step",
  async (input: UpdateCustomerConsentInput, { container }) => {
    const service: CustomerPrivacyModuleService = container.resolve(CUSTOMER_PRIVACY_MODULE)
    const previous = await service.getConsent(input.customer_id)
    const consent = await service.setConsent(input.customer_id, input.flags, input.source)
    return new StepResponse<ConsentState, ConsentState>(consent, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: CustomerPrivacyModuleService = container.resolve(CUSTOMER_PRIVACY_MODULE)
    await service.setConsent(
      previous.customer_id,
      { marketing_email: previous.marketing_email, personalisation: previous.personalisation },
      previous.source ?? "customer"
    )
  }
)

export const updateCustomerConsentWorkflow = createWorkflow(
  updateCustomerConsentWorkflowId,
  (input: UpdateCustomerConsentInput) => new WorkflowResponse(updateCustomerConsentStep(input))
)
