import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"
import { type DraftLineInput, resolveLineCosts } from "../../../modules/purchasing/utils/costs"

export const prepareDraftLinesStepId = "purchasing-prepare-draft-lines"

export type PrepareDraftLinesInput = {
  supplier_id: string
  /** The order's currency; the supplier's when not given. */
  currency_code?: string | null
  lines: DraftLineInput[]
}

/**
 * Reads the supplier (404 when unknown) and prices the lines: a missing
 * unit_cost comes from the supplier's cost for the item. Writes nothing.
 */
export const prepareDraftLinesStep = createStep(
  prepareDraftLinesStepId,
  async (input: PrepareDraftLinesInput, { container }) => {
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    const [supplier] = await purchasing.listSuppliers({ id: input.supplier_id })
    if (!supplier) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Supplier ${input.supplier_id} was not found`)
    const currency = (input.currency_code ?? supplier.currency_code).toLowerCase()
    const costs = input.lines.length
      ? await purchasing.listSupplierItems({
          supplier_id: supplier.id,
          inventory_item_id: input.lines.map((l) => l.inventory_item_id),
        })
      : []
    const lines = resolveLineCosts(input.lines, costs as any, currency)
    return new StepResponse({ currency_code: currency, lines })
  }
)
