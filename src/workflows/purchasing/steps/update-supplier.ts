import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"
import type { CreateSupplierInput } from "./create-suppliers"

export const updateSupplierStepId = "purchasing-update-supplier"

export type UpdateSupplierInput = Partial<CreateSupplierInput> & { id: string }

const FIELDS = [
  "name",
  "contact_name",
  "email",
  "phone",
  "lead_time_days",
  "minimum_order_quantity",
  "currency_code",
  "notes",
  "metadata",
] as const

/** Updates one supplier (404 when unknown); compensation restores the fields it changed. */
export const updateSupplierStep = createStep(
  updateSupplierStepId,
  async (input: UpdateSupplierInput, { container }) => {
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    const before = await purchasing.retrieveSupplier(input.id)
    const previous: Record<string, unknown> = { id: input.id }
    for (const key of FIELDS) if (key in input) previous[key] = (before as any)[key]
    const supplier = await purchasing.updateSuppliers(input)
    return new StepResponse(supplier, previous)
  },
  async (previous: Record<string, unknown> | undefined, { container }) => {
    if (!previous?.id) return
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    await purchasing.updateSuppliers(previous as UpdateSupplierInput)
  }
)
