import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { DraftLineInput } from "../../modules/purchasing/utils/costs"
import { loadPurchaseOrderStep } from "./steps/load-purchase-order"
import { prepareDraftLinesStep } from "./steps/prepare-draft-lines"
import { updatePurchaseOrderStep } from "./steps/update-purchase-order"
import { validatePurchaseReferencesStep } from "./steps/validate-purchase-references"
import { purchaseOrderLockKey } from "./lock"

export const updatePurchaseOrderWorkflowId = "purchasing-update-purchase-order"

export type UpdatePurchaseOrderInput = {
  id: string
  location_id?: string
  currency_code?: string
  expected_at?: Date | string | null
  notes?: string | null
  metadata?: Record<string, unknown> | null
  lines?: DraftLineInput[]
}

/** Changes a draft order; `lines` replaces all its lines. Ordered orders cannot be edited. */
export const updatePurchaseOrderWorkflow = createWorkflow(
  updatePurchaseOrderWorkflowId,
  (input: UpdatePurchaseOrderInput) => {
    const key = transform({ input }, ({ input }) => purchaseOrderLockKey(input.id))
    acquireLockStep({ key, timeout: 10, ttl: 60 })
    const order = loadPurchaseOrderStep(
      transform({ input }, ({ input }) => ({ id: input.id, statuses: ["draft" as const], action: "edit" }))
    )
    validatePurchaseReferencesStep(
      transform({ input }, ({ input }) => ({
        location_ids: input.location_id ? [input.location_id] : [],
        inventory_item_ids: (input.lines ?? []).map((l) => l.inventory_item_id),
      }))
    )
    const priced = when({ input }, ({ input }) => Boolean(input.lines || input.currency_code)).then(() =>
      prepareDraftLinesStep(
        transform({ input, order }, ({ input, order }) => ({
          supplier_id: order.supplier_id,
          currency_code: input.currency_code ?? order.currency_code,
          // A currency change alone re-checks nothing: only given lines are priced.
          lines: input.lines ?? [],
        }))
      )
    )
    const updated = updatePurchaseOrderStep(
      transform({ input, priced }, ({ input, priced }) => {
        const { lines, ...fields } = input
        return { ...fields, ...(lines ? { lines: priced?.lines ?? [] } : {}) }
      })
    )
    releaseLockStep({ key })
    return new WorkflowResponse(updated)
  }
)
