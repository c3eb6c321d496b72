import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"
import type { TransitionInput } from "../../../modules/purchasing/service"
import type { PurchaseOrderStatus } from "../../../modules/purchasing/types"

export const transitionPurchaseOrderStepId = "purchasing-transition-purchase-order"

type Compensation = {
  id: string
  status: PurchaseOrderStatus
  set: Record<string, Date | string | null>
}

/**
 * Moves an order between statuses atomically (refused unless it is in one of
 * `from`). Compensation puts the previous status and timestamps back.
 */
export const transitionPurchaseOrderStep = createStep(
  transitionPurchaseOrderStepId,
  async (input: TransitionInput & { previous?: Record<string, Date | string | null> }, { container }) => {
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    const [before] = await purchasing.listPurchaseOrders(
      { id: input.id },
      { select: ["id", "status", "ordered_at", "received_at", "canceled_at"] }
    )
    const { previous: _previous, ...transition } = input
    const row = await purchasing.transitionPurchaseOrder(transition)
    const set: Record<string, Date | string | null> = {}
    for (const key of Object.keys(input.set ?? {})) set[key] = (before as any)?.[key] ?? null
    return new StepResponse(row, { id: input.id, status: before?.status as PurchaseOrderStatus, set })
  },
  async (compensation: Compensation | undefined, { container }) => {
    if (!compensation?.status) return
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    await purchasing.updatePurchaseOrders({
      id: compensation.id,
      status: compensation.status,
      ...compensation.set,
    } as any)
  }
)
