import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"

export const createSuppliersStepId = "purchasing-create-suppliers"

export type CreateSupplierInput = {
  name: string
  contact_name?: string | null
  email?: string | null
  phone?: string | null
  lead_time_days?: number
  minimum_order_quantity?: number
  currency_code: string
  notes?: string | null
  metadata?: Record<string, unknown> | null
}

/** Creates suppliers; compensation deletes them. */
export const createSuppliersStep = createStep(
  createSuppliersStepId,
  async (input: CreateSupplierInput[], { container }) => {
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    const suppliers = await purchasing.createSuppliers(input)
    return new StepResponse(
      suppliers,
      suppliers.map((s) => s.id)
    )
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) return
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    await purchasing.deleteSuppliers(ids)
  }
)
