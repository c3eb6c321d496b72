import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"

export const deleteSupplierStepId = "purchasing-delete-supplier"

/**
 * Soft-deletes a supplier and its item costs. Refused while it has orders on
 * their way (ordered or partially received); compensation restores it.
 */
export const deleteSupplierStep = createStep(
  deleteSupplierStepId,
  async (input: { id: string }, { container }) => {
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    await purchasing.retrieveSupplier(input.id)
    const [, open] = await purchasing.listAndCountPurchaseOrders(
      { supplier_id: input.id, status: ["ordered", "partially_received"] },
      { take: 1, select: ["id"] }
    )
    if (open) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Supplier ${input.id} has ${open} open purchase order(s); receive or cancel them first`
      )
    }
    await purchasing.softDeleteSuppliers(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    await purchasing.restoreSuppliers(id)
  }
)
