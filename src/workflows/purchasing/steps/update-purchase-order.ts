import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"
import type { DraftLine } from "../../../modules/purchasing/utils/costs"

export const updatePurchaseOrderStepId = "purchasing-update-purchase-order"

export type PurchaseOrderChanges = {
  id: string
  location_id?: string
  currency_code?: string
  expected_at?: Date | string | null
  notes?: string | null
  metadata?: Record<string, unknown> | null
  /** Replaces every line when given. */
  lines?: DraftLine[]
}

type Compensation = { previous: Record<string, unknown>; removed_line_ids: string[]; added_line_ids: string[] }

const FIELDS = ["location_id", "currency_code", "expected_at", "notes", "metadata"] as const

/** Updates a draft order (fields, lines replaced); compensation restores the fields and the old lines. */
export const updatePurchaseOrderStep = createStep(
  updatePurchaseOrderStepId,
  async (input: PurchaseOrderChanges, { container }) => {
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    const before = await purchasing.retrievePurchaseOrder(input.id, { relations: ["lines"] })
    const { lines, ...fields } = input
    const previous: Record<string, unknown> = { id: input.id }
    for (const key of FIELDS) if (key in fields) previous[key] = (before as any)[key]
    const compensation: Compensation = { previous, removed_line_ids: [], added_line_ids: [] }
    await purchasing.updatePurchaseOrders({
      ...fields,
      ...("expected_at" in fields ? { expected_at: fields.expected_at ? new Date(fields.expected_at) : null } : {}),
    } as any)
    if (lines) {
      compensation.removed_line_ids = (before.lines ?? []).map((l) => l.id)
      if (compensation.removed_line_ids.length)
        await purchasing.softDeletePurchaseOrderLines(compensation.removed_line_ids)
      const added = await purchasing.createPurchaseOrderLines(
        lines.map((l) => ({ ...l, unit_cost: l.unit_cost as unknown as number, purchase_order_id: input.id }))
      )
      compensation.added_line_ids = added.map((l) => l.id)
    }
    return new StepResponse({ id: input.id }, compensation)
  },
  async (compensation: Compensation | undefined, { container }) => {
    if (!compensation?.previous) return
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    if (compensation.added_line_ids?.length) await purchasing.deletePurchaseOrderLines(compensation.added_line_ids)
    if (compensation.removed_line_ids?.length) await purchasing.restorePurchaseOrderLines(compensation.removed_line_ids)
    await purchasing.updatePurchaseOrders(compensation.previous as any)
  }
)
