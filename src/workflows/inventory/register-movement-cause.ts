import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { registerMovementCausesStep, type RegisterMovementCauseInput } from "./steps/register-movement-causes"

export const registerMovementCauseWorkflowId = "inventory-register-movement-cause"

/** Records why another workflow run (by its event group id) changed stock, for the stock ledger. */
export const registerMovementCauseWorkflow = createWorkflow(
  registerMovementCauseWorkflowId,
  (input: RegisterMovementCauseInput & { event_group_id: string }) => {
    return new WorkflowResponse(registerMovementCausesStep(input))
  }
)
