import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"
import type { SuggestionInput } from "../../../modules/purchasing/types"
import { groupSuggestionsBySupplier } from "../../../modules/purchasing/utils/suggestions"

export const planSuggestedOrdersStepId = "purchasing-plan-suggested-orders"

const REASONS = {
  no_supplier: "no supplier",
  ambiguous: "several suppliers and none preferred",
  not_supplied_by_supplier: "the given supplier has no cost for it",
} as const

/**
 * Groups replenishment suggestions into one draft per supplier; fails (400)
 * listing every item it cannot place, before anything is written.
 */
export const planSuggestedOrdersStep = createStep(
  planSuggestedOrdersStepId,
  async (input: { items: SuggestionInput[] }, { container }) => {
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    const options = await purchasing.listSupplierItems({
      inventory_item_id: [...new Set(input.items.map((i) => i.inventory_item_id))],
    })
    const { orders, unresolved } = groupSuggestionsBySupplier(
      input.items,
      options.map((o) => ({
        supplier_id: o.supplier_id,
        inventory_item_id: o.inventory_item_id,
        cost_price: (o as any).raw_cost_price?.value ?? o.cost_price,
        currency_code: o.currency_code,
        is_preferred: o.is_preferred,
      }))
    )
    if (unresolved.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `No supplier for: ${unresolved.map((u) => `${u.inventory_item_id} (${REASONS[u.reason]})`).join(", ")}`
      )
    }
    return new StepResponse(orders)
  }
)
