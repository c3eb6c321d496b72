import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StockChangeInput } from "../../modules/inventory-alert/types"
import { notifyBackInStockStep } from "./steps/notify-back-in-stock"
import { processStockChangesStep } from "./steps/process-stock-changes"
import { sendAlertNotificationsStep } from "./steps/send-alert-notifications"

export const processStockChangesWorkflowId = "inventory-process-stock-changes"

/**
 * Everything that follows a stock change, for a batch of changed levels,
 * reservations or items: ledger rows, alert crossings, alert notifications
 * and back-in-stock notices. Every part is idempotent, so the same batch
 * delivered again changes nothing more.
 */
export const processStockChangesWorkflow = createWorkflow(processStockChangesWorkflowId, (input: StockChangeInput) => {
  const result = processStockChangesStep(input)
  sendAlertNotificationsStep(transform({ result }, ({ result }) => ({ alerts: result.raised })))
  notifyBackInStockStep(transform({ result }, ({ result }) => ({ inventory_item_ids: result.restocked_item_ids })))
  return new WorkflowResponse(result)
})
