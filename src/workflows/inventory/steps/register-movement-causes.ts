import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_ALERT_MODULE } from "../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../modules/inventory-alert/service"
import type { StockReason } from "../../../modules/inventory-alert/types"

export const registerMovementCausesStepId = "inventory-register-movement-causes"

export type RegisterMovementCauseInput = {
  /** Defaults to the running workflow's own event group (its stock changes). */
  event_group_id?: string | null
  reason: StockReason
  reference_type?: string | null
  reference_id?: string | null
  actor?: string | null
  note?: string | null
}

/**
 * Tells the stock ledger why this workflow run's stock changes happen. Run it
 * in the same workflow as the change: the ledger rows are written from the
 * inventory events of the run, which carry its event group id.
 */
export const registerMovementCausesStep = createStep(
  registerMovementCausesStepId,
  async (input: RegisterMovementCauseInput, { container, eventGroupId }) => {
    const groupId = input.event_group_id ?? eventGroupId
    if (!groupId) return new StepResponse(null)
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    await service.registerMovementCauses([{ ...input, event_group_id: groupId }])
    return new StepResponse(groupId)
  }
)
