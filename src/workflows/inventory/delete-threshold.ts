import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { INVENTORY_ALERT_MODULE } from "../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../modules/inventory-alert/service"
import { processStockChangesWorkflow } from "./process-stock-changes"

export const deleteThresholdWorkflowId = "inventory-delete-threshold"

const deleteThresholdStep = createStep(
  "inventory-delete-threshold-step",
  async (input: { id: string }, { container }) => {
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    const threshold = await service.retrieveInventoryThreshold(input.id)
    await service.softDeleteInventoryThresholds(input.id)
    return new StepResponse(threshold, input.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    await service.restoreInventoryThresholds(id)
  }
)

/** Removes a threshold (the next less specific one applies) and re-evaluates the item. */
export const deleteThresholdWorkflow = createWorkflow(deleteThresholdWorkflowId, (input: { id: string }) => {
  const threshold = deleteThresholdStep(input)
  processStockChangesWorkflow.runAsStep({
    input: transform({ threshold }, ({ threshold }) => ({ inventory_item_ids: [threshold.inventory_item_id] })),
  })
  return new WorkflowResponse(threshold)
})
