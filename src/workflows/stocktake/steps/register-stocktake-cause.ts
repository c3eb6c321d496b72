import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_ALERT_MODULE } from "../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../modules/inventory-alert/service"

export const registerStocktakeCauseStepId = "stocktake-register-movement-cause"

/**
 * Tells the stock ledger that this run's stock changes (its event group) come
 * from the stocktake: the ledger subscriber reads the reason from this cause
 * when the inventory-level events of the run arrive. Compensation removes it.
 */
export const registerStocktakeCauseStep = createStep(
  registerStocktakeCauseStepId,
  async (input: { stocktake_id: string; actor?: string | null; note?: string | null }, { container, eventGroupId }) => {
    if (!eventGroupId) return new StepResponse<string | null, string | null>(null, null)
    const alerts: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    await alerts.registerMovementCauses([
      {
        event_group_id: eventGroupId,
        reason: "stocktake",
        reference_type: "stocktake",
        reference_id: input.stocktake_id,
        actor: input.actor ?? null,
        note: input.note ?? null,
      },
    ])
    return new StepResponse<string | null, string | null>(eventGroupId, eventGroupId)
  },
  async (eventGroupId: string | null | undefined, { container }) => {
    if (!eventGroupId) return
    const alerts: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    const causes = await alerts.listStockMovementCauses({ event_group_id: eventGroupId, reason: "stocktake" })
    if (causes.length) await alerts.deleteStockMovementCauses(causes.map((c) => c.id))
  }
)
