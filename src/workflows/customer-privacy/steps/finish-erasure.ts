import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PRIVACY_MODULE } from "../../../modules/customer-privacy"
import type CustomerPrivacyModuleService from "../../../modules/customer-privacy/service"
import type { ErasureTarget } from "./prepare-erasure"

/**
 * Where Medusa keeps copies of a customer's name and address outside the
 * customer, order and cart records (handled by their own steps): the payment
 * session context given to providers, notification payloads, and stored
 * workflow executions (e.g. the checkout's input).
 */
export const OPERATIONAL_COPIES = [
  "payment_session.context",
  "payment_session.data",
  "payment_collection.metadata",
  "notification.data",
  "workflow_execution.context",
]

/**
 * Safety net, then the record: replaces any copy of the e-mail or phone
 * numbers left in free text anywhere in the database (summaries, notes,
 * logged payloads) and closes the privacy request with counts per kind of data.
 */
export const finishErasureStep = createStep(
  "customer-privacy-finish-erasure",
  async (
    input: { target: ErasureTarget; modules: Record<string, number>; medusa: Record<string, number> },
    { container }
  ) => {
    const service: CustomerPrivacyModuleService = container.resolve(CUSTOMER_PRIVACY_MODULE)
    const { target } = input
    const values = target.email === target.erased_email ? target.phones : [target.email, ...target.phones]
    const scrubbed = await service.scrubValues(values, target.erased_email)
    Object.assign(scrubbed, await service.scrubWords(target.words, OPERATIONAL_COPIES, "[erased]"))
    const summary = { ...input.modules, ...input.medusa, scrubbed_columns: scrubbed }
    await service.updatePrivacyRequests({
      id: target.request_id,
      status: "completed",
      completed_at: new Date(),
      summary,
    })
    return new StepResponse({ request_id: target.request_id, customer_id: target.customer_id, summary })
  }
)
