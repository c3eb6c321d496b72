import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_ALERT_MODULE } from "../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../modules/inventory-alert/service"
import type { StockChangeInput } from "../../../modules/inventory-alert/types"

export const processStockChangesStepId = "inventory-process-stock-changes-step"

/**
 * Writes ledger rows for unaccounted stocked-quantity changes and raises or
 * clears alerts. Idempotent by construction, so there is nothing to
 * compensate: the ledger is append-only and alerts follow the stock.
 */
export const processStockChangesStep = createStep(
  processStockChangesStepId,
  async (input: StockChangeInput, { container }) => {
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    return new StepResponse(await service.processStockChanges(input))
  }
)
