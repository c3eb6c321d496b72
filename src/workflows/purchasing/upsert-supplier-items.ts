import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../modules/purchasing"
import type PurchasingModuleService from "../../modules/purchasing/service"
import { type SupplierItemInput, upsertSupplierItemsStep } from "./steps/upsert-supplier-items"
import { validatePurchaseReferencesStep } from "./steps/validate-purchase-references"

export const upsertSupplierItemsWorkflowId = "purchasing-upsert-supplier-items"

export type UpsertSupplierItemsWorkflowInput = { supplier_id: string; items: SupplierItemInput[] }

const loadSupplierStep = createStep(
  "purchasing-load-supplier",
  async (input: { id: string; items: SupplierItemInput[] }, { container }) => {
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    const [supplier] = await purchasing.listSuppliers({ id: input.id }, { select: ["id", "currency_code"] })
    if (!supplier) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Supplier ${input.id} was not found`)
    const ids = input.items.map((i) => i.inventory_item_id)
    if (new Set(ids).size !== ids.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Each inventory item may be listed once")
    }
    return new StepResponse(supplier)
  }
)

/** Sets a supplier's cost prices for inventory items (added or updated; one preferred supplier per item). */
export const upsertSupplierItemsWorkflow = createWorkflow(
  upsertSupplierItemsWorkflowId,
  (input: UpsertSupplierItemsWorkflowInput) => {
    const supplier = loadSupplierStep(
      transform({ input }, ({ input }) => ({ id: input.supplier_id, items: input.items }))
    )
    validatePurchaseReferencesStep(
      transform({ input }, ({ input }) => ({ inventory_item_ids: input.items.map((i) => i.inventory_item_id) }))
    )
    const items = upsertSupplierItemsStep(
      transform({ input, supplier }, ({ input, supplier }) => ({
        supplier_id: input.supplier_id,
        currency_code: supplier.currency_code,
        items: input.items,
      }))
    )
    return new WorkflowResponse(items)
  }
)
