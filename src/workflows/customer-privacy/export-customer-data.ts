import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PRIVACY_MODULE } from "../../modules/customer-privacy"
import type CustomerPrivacyModuleService from "../../modules/customer-privacy/service"
import { collectCustomerData } from "./steps/collect-customer-data"

export const exportCustomerDataWorkflowId = "customer-privacy-export-customer-data"

export type ExportCustomerDataInput = {
  customer_id: string
  requested_by_type: "admin" | "customer"
  requested_by_id: string | null
}

/**
 * Collects the export and logs it as a completed privacy request (counts per
 * section only, never the data). Nothing to compensate: the request row is
 * the record that the export was produced.
 */
export const exportCustomerDataStep = createStep(
  "customer-privacy-export-customer-data-step",
  async (input: ExportCustomerDataInput, { container }) => {
    const data = await collectCustomerData(container, input.customer_id)
    const service: CustomerPrivacyModuleService = container.resolve(CUSTOMER_PRIVACY_MODULE)
    const summary = Object.fromEntries(
      Object.entries(data)
        .filter(([, v]) => Array.isArray(v))
        .map(([k, v]) => [k, (v as unknown[]).length])
    )
    const request = await service.createPrivacyRequests({
      customer_id: input.customer_id,
      type: "export",
      requested_by_type: input.requested_by_type,
      requested_by_id: input.requested_by_id,
      status: "completed",
      completed_at: new Date(),
      summary,
    })
    return new StepResponse({ request_id: request.id, data })
  }
)

export const exportCustomerDataWorkflow = createWorkflow(
  exportCustomerDataWorkflowId,
  (input: ExportCustomerDataInput) => new WorkflowResponse(exportCustomerDataStep(input))
)
