import type { IInventoryService, IStockLocationService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"

export const validatePurchaseReferencesStepId = "purchasing-validate-references"

export type PurchaseReferences = {
  supplier_ids?: string[]
  location_ids?: string[]
  inventory_item_ids?: string[]
}

const missing = (wanted: string[] = [], found: { id: string }[]) => {
  const ids = new Set(found.map((f) => f.id))
  return [...new Set(wanted)].filter((id) => !ids.has(id))
}

/** Fails with 404 naming every supplier, stock location or inventory item that does not exist. Writes nothing. */
export const validatePurchaseReferencesStep = createStep(
  validatePurchaseReferencesStepId,
  async (input: PurchaseReferences, { container }) => {
    const problems: string[] = []
    if (input.supplier_ids?.length) {
      const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
      const found = await purchasing.listSuppliers({ id: [...new Set(input.supplier_ids)] }, { select: ["id"] })
      const unknown = missing(input.supplier_ids, found)
      if (unknown.length) problems.push(`Suppliers not found: ${unknown.slice(0, 10).join(", ")}`)
    }
    if (input.location_ids?.length) {
      const locations: IStockLocationService = container.resolve(Modules.STOCK_LOCATION)
      const found = await locations.listStockLocations({ id: [...new Set(input.location_ids)] }, { select: ["id"] })
      const unknown = missing(input.location_ids, found)
      if (unknown.length) problems.push(`Stock locations not found: ${unknown.slice(0, 10).join(", ")}`)
    }
    if (input.inventory_item_ids?.length) {
      const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
      const found = await inventory.listInventoryItems(
        { id: [...new Set(input.inventory_item_ids)] },
        { select: ["id"] }
      )
      const unknown = missing(input.inventory_item_ids, found)
      if (unknown.length) problems.push(`Inventory items not found: ${unknown.slice(0, 10).join(", ")}`)
    }
    if (problems.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, problems.join("; "))
    return new StepResponse(undefined)
  }
)
