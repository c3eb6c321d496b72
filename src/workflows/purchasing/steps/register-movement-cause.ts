import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_ALERT_MODULE } from "../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../modules/inventory-alert/service"
import type { StockReason } from "../../../modules/inventory-alert/types"

export const registerPurchaseMovementCauseStepId = "purchasing-register-movement-cause"

export type PurchaseMovementCauseInput = {
  reason: StockReason
  reference_type: string
  reference_id: string
  actor?: string | null
  note?: string | null
}

/**
 * Tells the stock ledger why this workflow run moves stock: the ledger rows
 * written from the run's inventory-level events take this reason and reference.
 * Nothing to compensate: a cause without stock moves attributes nothing.
 */
export const registerPurchaseMovementCauseStep = createStep(
  registerPurchaseMovementCauseStepId,
  async (input: PurchaseMovementCauseInput, { container, eventGroupId }) => {
    if (!eventGroupId) return new StepResponse(undefined)
    const alerts: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    await alerts.registerMovementCauses([{ event_group_id: eventGroupId, ...input, actor: input.actor ?? null }])
    return new StepResponse(eventGroupId)
  }
)
