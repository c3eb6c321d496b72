import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"
import type { DraftLine } from "../../../modules/purchasing/utils/costs"

export const createPurchaseOrdersStepId = "purchasing-create-purchase-orders"

export type DraftPurchaseOrder = {
  supplier_id: string
  location_id: string
  currency_code: string
  expected_at?: Date | string | null
  notes?: string | null
  created_by?: string | null
  metadata?: Record<string, unknown> | null
  lines: DraftLine[]
}

/** Creates draft orders with their lines; compensation deletes them. */
export const createPurchaseOrdersStep = createStep(
  createPurchaseOrdersStepId,
  async (input: DraftPurchaseOrder[], { container }) => {
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    if (!input.length) return new StepResponse([] as { id: string }[], [] as string[])
    const orders = await purchasing.createPurchaseOrders(
      input.map(({ lines: _lines, expected_at, ...order }) => ({
        ...order,
        status: "draft" as const,
        expected_at: expected_at ? new Date(expected_at) : null,
      }))
    )
    await purchasing.createPurchaseOrderLines(
      // unit_cost is a decimal string (bigNumber input; the generated type says number).
      orders.flatMap((order, i) =>
        input[i].lines.map((line) => ({
          ...line,
          unit_cost: line.unit_cost as unknown as number,
          purchase_order_id: order.id,
        }))
      )
    )
    return new StepResponse(
      orders.map((o) => ({ id: o.id })),
      orders.map((o) => o.id)
    )
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) return
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    await purchasing.deletePurchaseOrders(ids)
  }
)
