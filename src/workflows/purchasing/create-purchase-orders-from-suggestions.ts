import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SuggestionInput } from "../../modules/purchasing/types"
import { createPurchaseOrdersStep } from "./steps/create-purchase-orders"
import { planSuggestedOrdersStep } from "./steps/plan-suggested-orders"
import { validatePurchaseReferencesStep } from "./steps/validate-purchase-references"

export const createPurchaseOrdersFromSuggestionsWorkflowId = "purchasing-create-purchase-orders-from-suggestions"

export type CreatePurchaseOrdersFromSuggestionsInput = {
  location_id: string
  items: SuggestionInput[]
  created_by?: string | null
}

/**
 * Turns replenishment suggestions into draft orders, one per supplier (and
 * currency), priced at the suppliers' cost prices. Fails listing the items
 * no supplier can be chosen for; creates nothing then.
 */
export const createPurchaseOrdersFromSuggestionsWorkflow = createWorkflow(
  createPurchaseOrdersFromSuggestionsWorkflowId,
  (input: CreatePurchaseOrdersFromSuggestionsInput) => {
    validatePurchaseReferencesStep(
      transform({ input }, ({ input }) => ({
        location_ids: [input.location_id],
        inventory_item_ids: input.items.map((i) => i.inventory_item_id),
        supplier_ids: input.items.map((i) => i.supplier_id).filter((id): id is string => Boolean(id)),
      }))
    )
    const orders = planSuggestedOrdersStep(transform({ input }, ({ input }) => ({ items: input.items })))
    const created = createPurchaseOrdersStep(
      transform({ input, orders }, ({ input, orders }) =>
        orders.map((o) => ({
          supplier_id: o.supplier_id,
          location_id: input.location_id,
          currency_code: o.currency_code,
          created_by: input.created_by ?? null,
          notes: "Created from replenishment suggestions",
          lines: o.lines.map((l) => ({
            inventory_item_id: l.inventory_item_id,
            quantity_ordered: l.quantity,
            unit_cost: l.unit_cost,
          })),
        }))
      )
    )
    return new WorkflowResponse(created)
  }
)
