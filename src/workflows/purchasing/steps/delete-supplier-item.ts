import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"

export const deleteSupplierItemStepId = "purchasing-delete-supplier-item"

/** Removes one item cost of a supplier (404 unless it belongs to that supplier); compensation restores it. */
export const deleteSupplierItemStep = createStep(
  deleteSupplierItemStepId,
  async (input: { supplier_id: string; id: string }, { container }) => {
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    // Addressed by its own id or by the inventory item's id.
    const [item] = await purchasing.listSupplierItems({
      supplier_id: input.supplier_id,
      $or: [{ id: input.id }, { inventory_item_id: input.id }],
    })
    if (!item) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Supplier item ${input.id} was not found for supplier ${input.supplier_id}`
      )
    }
    await purchasing.softDeleteSupplierItems(item.id)
    return new StepResponse(item.id, item.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    await purchasing.restoreSupplierItems(id)
  }
)
