import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_ALERT_MODULE } from "../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../modules/inventory-alert/service"
import type { InventoryAlertSettings } from "../../modules/inventory-alert/types"

export const updateInventoryAlertSettingsWorkflowId = "inventory-update-alert-settings"

type SettingsUpdate = Partial<Omit<InventoryAlertSettings, "id">>

const updateSettingsStep = createStep(
  "inventory-update-alert-settings-step",
  async (input: SettingsUpdate, { container }) => {
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    const before = await service.getSettings()
    const previous = Object.fromEntries(Object.keys(input).map((k) => [k, (before as any)[k]])) as SettingsUpdate
    return new StepResponse(await service.updateSettings(input), previous)
  },
  async (previous: SettingsUpdate | undefined, { container }) => {
    if (!previous || !Object.keys(previous).length) return
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    await service.updateSettings(previous)
  }
)

/** Updates the store's inventory alert settings. A new default threshold applies from the next stock change or reconcile. */
export const updateInventoryAlertSettingsWorkflow = createWorkflow(
  updateInventoryAlertSettingsWorkflowId,
  (input: SettingsUpdate) => new WorkflowResponse(updateSettingsStep(input))
)
