import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVENTORY_ALERT_MODULE } from "../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../modules/inventory-alert/service"
import { processStockChangesWorkflow } from "./process-stock-changes"

export const reconcileStockWorkflowId = "inventory-reconcile-stock"

export type ReconcileStockResult = {
  items: number
  ledger_entries: number
  raised: number
  cleared: number
}

const CHUNK = 500

/**
 * The safety net behind the events: walks every stocked item, records any
 * stock change the ledger has not seen and raises or clears any crossing an
 * event missed. On a healthy store it finds nothing; what it finds is logged.
 */
const reconcileStockStep = createStep(
  "inventory-reconcile-stock-step",
  async (input: { causes_older_than_hours?: number }, { container }) => {
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const totals: ReconcileStockResult = { items: 0, ledger_entries: 0, raised: 0, cleared: 0 }
    let after: string | null = null
    for (;;) {
      const ids = await service.listItemsToReconcile(after, CHUNK)
      if (!ids.length) break
      const { result } = await processStockChangesWorkflow(container).run({ input: { inventory_item_ids: ids } })
      totals.items += ids.length
      totals.ledger_entries += result.ledger_entries
      totals.raised += result.raised.length
      totals.cleared += result.cleared.length
      after = ids[ids.length - 1]
    }
    await service.pruneMovementCauses(new Date(Date.now() - (input.causes_older_than_hours ?? 24) * 3_600_000))
    if (totals.ledger_entries || totals.raised || totals.cleared) {
      logger.warn(
        `inventory reconcile: ${totals.ledger_entries} unrecorded stock changes, ${totals.raised} alerts raised and ${totals.cleared} cleared that events had missed`
      )
    }
    return new StepResponse(totals)
  }
)

export const reconcileStockWorkflow = createWorkflow(
  reconcileStockWorkflowId,
  (input: { causes_older_than_hours?: number }) => new WorkflowResponse(reconcileStockStep(input))
)
