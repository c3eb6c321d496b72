import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_EXCEPTION_MODULE } from "../../modules/order-exception"
import type OrderExceptionModuleService from "../../modules/order-exception/service"
import type { SettingsUpdate } from "../../modules/order-exception/service"

export const updateOrderExceptionSettingsWorkflowId = "order-exceptions-update-settings"

const updateSettingsStep = createStep(
  "order-exceptions-update-settings-step",
  async (input: SettingsUpdate, { container }) => {
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    const before = await service.getStoredSettings()
    return new StepResponse(await service.updateSettings(input), before)
  },
  async (before: Record<string, any> | undefined, { container }) => {
    if (!before) return
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    await service.restoreSettings(before)
  }
)

/** Thresholds (hours/days), the fraud threshold and rule weights. They apply from the next sync or scan. */
export const updateOrderExceptionSettingsWorkflow = createWorkflow(
  updateOrderExceptionSettingsWorkflowId,
  (input: SettingsUpdate) => new WorkflowResponse(updateSettingsStep(input))
)
