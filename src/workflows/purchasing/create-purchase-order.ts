import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DraftLineInput } from "../../modules/purchasing/utils/costs"
import { createPurchaseOrdersStep } from "./steps/create-purchase-orders"
import { prepareDraftLinesStep } from "./steps/prepare-draft-lines"
import { validatePurchaseReferencesStep } from "./steps/validate-purchase-references"

export const createPurchaseOrderWorkflowId = "purchasing-create-purchase-order"

export type CreatePurchaseOrderInput = {
  supplier_id: string
  location_id: string
  currency_code?: string | null
  expected_at?: Date | string | null
  notes?: string | null
  created_by?: string | null
  metadata?: Record<string, unknown> | null
  lines: DraftLineInput[]
}

/**
 * Creates a draft purchase order. The supplier, the location and every item
 * must exist; a line without unit_cost takes the supplier's cost price.
 */
export const createPurchaseOrderWorkflow = createWorkflow(
  createPurchaseOrderWorkflowId,
  (input: CreatePurchaseOrderInput) => {
    validatePurchaseReferencesStep(
      transform({ input }, ({ input }) => ({
        supplier_ids: [input.supplier_id],
        location_ids: [input.location_id],
        inventory_item_ids: input.lines.map((l) => l.inventory_item_id),
      }))
    )
    const priced = prepareDraftLinesStep(
      transform({ input }, ({ input }) => ({
        supplier_id: input.supplier_id,
        currency_code: input.currency_code,
        lines: input.lines,
      }))
    )
    const created = createPurchaseOrdersStep(
      transform({ input, priced }, ({ input, priced }) => [
        {
          supplier_id: input.supplier_id,
          location_id: input.location_id,
          currency_code: priced.currency_code,
          expected_at: input.expected_at ?? null,
          notes: input.notes ?? null,
          created_by: input.created_by ?? null,
          metadata: input.metadata ?? null,
          lines: priced.lines,
        },
      ])
    )
    return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
  }
)
