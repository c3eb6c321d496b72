import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"

export const deletePurchaseOrderStepId = "purchasing-delete-purchase-order"

/** Soft-deletes an order and its lines; compensation restores them. */
export const deletePurchaseOrderStep = createStep(
  deletePurchaseOrderStepId,
  async (input: { id: string }, { container }) => {
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    await purchasing.softDeletePurchaseOrders(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    await purchasing.restorePurchaseOrders(id)
  }
)
