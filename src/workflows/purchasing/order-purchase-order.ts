import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { type LoadedPurchaseOrder, loadPurchaseOrderStep } from "./steps/load-purchase-order"
import { movePurchaseStockStep } from "./steps/move-purchase-stock"
import { transitionPurchaseOrderStep } from "./steps/transition-purchase-order"
import { validatePurchaseReferencesStep } from "./steps/validate-purchase-references"
import { purchaseOrderLockKey } from "./lock"

export const orderPurchaseOrderWorkflowId = "purchasing-order-purchase-order"

const assertOrderableStep = createStep("purchasing-assert-orderable", async (order: LoadedPurchaseOrder) => {
  if (!order.lines.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Purchase order ${order.id} has no lines to order`)
  }
  return new StepResponse(undefined)
})

/**
 * Places a draft order with the supplier: status ordered, and each line's
 * quantity added to the incoming quantity at the order's location (levels
 * created where the item is not stocked yet).
 */
export const orderPurchaseOrderWorkflow = createWorkflow(orderPurchaseOrderWorkflowId, (input: { id: string }) => {
  const key = transform({ input }, ({ input }) => purchaseOrderLockKey(input.id))
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const order = loadPurchaseOrderStep(
    transform({ input }, ({ input }) => ({ id: input.id, statuses: ["draft" as const], action: "order" }))
  )
  assertOrderableStep(order)
  validatePurchaseReferencesStep(
    transform({ order }, ({ order }) => ({
      location_ids: [order.location_id],
      inventory_item_ids: order.lines.map((l) => l.inventory_item_id),
    }))
  )
  transitionPurchaseOrderStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      from: ["draft" as const],
      to: "ordered" as const,
      set: { ordered_at: new Date() },
    }))
  )
  movePurchaseStockStep(
    transform({ order }, ({ order }) => ({
      location_id: order.location_id,
      moves: order.lines.map((l) => ({ inventory_item_id: l.inventory_item_id, incoming: l.quantity_ordered })),
    }))
  )
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ order }, ({ order }) => ({ id: order.id })))
})
