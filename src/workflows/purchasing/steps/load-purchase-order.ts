import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"
import type { PurchaseOrderStatus } from "../../../modules/purchasing/types"

export const loadPurchaseOrderStepId = "purchasing-load-purchase-order"

export type LoadedPurchaseOrder = {
  id: string
  display_number: number
  status: PurchaseOrderStatus
  supplier_id: string
  location_id: string
  currency_code: string
  ordered_at: Date | string | null
  received_at: Date | string | null
  canceled_at: Date | string | null
  lines: { id: string; inventory_item_id: string; quantity_ordered: number; quantity_received: number }[]
}

/**
 * Reads an order with its lines (404 when unknown). With `statuses`, anything
 * else is refused (400) before a single write, naming the order's status.
 */
export const loadPurchaseOrderStep = createStep(
  loadPurchaseOrderStepId,
  async (input: { id: string; statuses?: PurchaseOrderStatus[]; action?: string }, { container }) => {
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    const [order] = await purchasing.listPurchaseOrders({ id: input.id }, { relations: ["lines"] })
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Purchase order ${input.id} was not found`)
    if (input.statuses && !input.statuses.includes(order.status as PurchaseOrderStatus)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cannot ${input.action ?? "change"} purchase order ${input.id}: it is ${String(order.status).replace("_", " ")} (must be ${input.statuses.join(" or ").replace(/_/g, " ")})`
      )
    }
    const lines = (order.lines ?? []).map((l: any) => ({
      id: l.id,
      inventory_item_id: l.inventory_item_id,
      quantity_ordered: Number(l.quantity_ordered),
      quantity_received: Number(l.quantity_received),
    }))
    return new StepResponse({ ...(order as any), lines } as LoadedPurchaseOrder)
  }
)
