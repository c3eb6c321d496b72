import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { anonymiseMedusaDataStep } from "./steps/anonymise-medusa-data"
import { eraseModuleDataStep } from "./steps/erase-module-data"
import { finishErasureStep } from "./steps/finish-erasure"
import { prepareErasureStep, type PrepareErasureInput } from "./steps/prepare-erasure"

export const eraseCustomerWorkflowId = "customer-privacy-erase-customer"

/**
 * Erases a customer's personal data, irreversibly: the confirmation (their
 * e-mail) is checked before anything is written; then our modules' data,
 * Medusa's (orders and carts anonymised, addresses removed, profile
 * replaced, log-ins deleted) and a final scrub of any copy of the e-mail and
 * phone numbers. Orders, payments, points ledgers and analytics facts stay,
 * pointing at the anonymised customer id. A failure part-way leaves the
 * request "failed"; running it again (confirming with the erased e-mail)
 * completes it.
 */
export const eraseCustomerWorkflow = createWorkflow(eraseCustomerWorkflowId, (input: PrepareErasureInput) => {
  const lockKey = transform({ input }, ({ input }) => `customer-privacy-erase:${input.customer_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 300 })
  const target = prepareErasureStep(input)
  const modules = eraseModuleDataStep(target)
  const medusa = anonymiseMedusaDataStep(target)
  const result = finishErasureStep({ target, modules, medusa })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(result)
})
