import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_ALERT_MODULE } from "../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../modules/inventory-alert/service"
import type { MovementCauseInput } from "../../../modules/inventory-alert/types"

export const registerMovementCausesStepId = "inventory-register-movement-causes"

export type RegisterMovementCauseInput = Omit<MovementCauseInput, "event_group_id"> & {
  /** Defaults to the running workflow's own event group (its stock changes). */
  event_group_id?: string | null
}

type Registered = { event_group_id: string; reason: MovementCauseInput["reason"] } | null

/**
 * Tells the stock ledger why this workflow run's stock changes happen. Run it
 * in the same workflow as the change, before it: the ledger rows are written
 * from the inventory events of the run, which carry its event group id. List
 * the levels in `levels` when they are known, so a change the ledger finds
 * while processing an older event is still given to this cause. If the run
 * fails, the compensation removes the cause: it must not claim later changes.
 */
export const registerMovementCausesStep = createStep(
  registerMovementCausesStepId,
  async (input: RegisterMovementCauseInput, { container, eventGroupId }) => {
    const groupId = input.event_group_id ?? eventGroupId
    if (!groupId) return new StepResponse<Registered, Registered>(null, null)
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    await service.registerMovementCauses([{ ...input, event_group_id: groupId }])
    const registered = { event_group_id: groupId, reason: input.reason }
    return new StepResponse<Registered, Registered>(registered, registered)
  },
  async (registered: Registered | undefined, { container }) => {
    if (!registered) return
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    const causes = await service.listStockMovementCauses(registered)
    if (causes.length) await service.deleteStockMovementCauses(causes.map((c) => c.id))
  }
)
