import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_ALERT_MODULE } from "../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../modules/inventory-alert/service"

export const transitionAlertsWorkflowId = "inventory-transition-alerts"

export type TransitionAlertsInput = {
  ids: string[]
  to: "acknowledged" | "resolved"
  actor: string
  note?: string | null
}

const transitionAlertsStep = createStep(
  "inventory-transition-alerts-step",
  async (input: TransitionAlertsInput, { container }) => {
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    return new StepResponse(await service.transitionAlerts(input.ids, input.to, input.actor, input.note ?? null))
  }
)

/**
 * Acknowledges or resolves alerts in bulk. Only forward moves happen; alerts
 * already further along are left as they are. Resolving by hand does not
 * re-arm a crossing: a new alert needs the stock to recover first.
 */
export const transitionAlertsWorkflow = createWorkflow(transitionAlertsWorkflowId, (input: TransitionAlertsInput) => {
  return new WorkflowResponse(transitionAlertsStep(input))
})
