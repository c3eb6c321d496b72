import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { PurchaseOrderStatus } from "../../modules/purchasing/types"
import { openQuantity } from "../../modules/purchasing/utils/receipts"
import { loadPurchaseOrderStep } from "./steps/load-purchase-order"
import { movePurchaseStockStep } from "./steps/move-purchase-stock"
import { transitionPurchaseOrderStep } from "./steps/transition-purchase-order"
import { purchaseOrderLockKey } from "./lock"

export const cancelPurchaseOrderWorkflowId = "purchasing-cancel-purchase-order"

const CANCELABLE: PurchaseOrderStatus[] = ["draft", "ordered", "partially_received"]

/**
 * Cancels an order that is not fully received. For an ordered (or partly
 * received) one, what is still expected comes off the incoming quantity;
 * stock already received stays.
 */
export const cancelPurchaseOrderWorkflow = createWorkflow(cancelPurchaseOrderWorkflowId, (input: { id: string }) => {
  const key = transform({ input }, ({ input }) => purchaseOrderLockKey(input.id))
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const order = loadPurchaseOrderStep(
    transform({ input }, ({ input }) => ({ id: input.id, statuses: CANCELABLE, action: "cancel" }))
  )
  transitionPurchaseOrderStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      from: CANCELABLE,
      to: "canceled" as const,
      set: { canceled_at: new Date() },
    }))
  )
  movePurchaseStockStep(
    transform({ order }, ({ order }) => ({
      location_id: order.location_id,
      moves:
        order.status === "draft"
          ? []
          : order.lines.map((l) => ({ inventory_item_id: l.inventory_item_id, incoming: -openQuantity(l) })),
    }))
  )
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ order }, ({ order }) => ({ id: order.id })))
})
