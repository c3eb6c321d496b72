import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { ReceiptLineInput } from "../../modules/purchasing/types"
import { loadPurchaseOrderStep } from "./steps/load-purchase-order"
import { movePurchaseStockStep } from "./steps/move-purchase-stock"
import { planPurchaseReceiptStep } from "./steps/plan-receipt"
import { recordPurchaseReceiptStep } from "./steps/record-receipt"
import { registerMovementCausesStep } from "../inventory/steps/register-movement-causes"
import { purchaseOrderLockKey } from "./lock"

export const receivePurchaseOrderWorkflowId = "purchasing-receive-purchase-order"

export type ReceivePurchaseOrderInput = {
  id: string
  idempotency_key: string
  lines: ReceiptLineInput[]
  allow_over_receipt?: boolean
  received_by?: string | null
}

/**
 * Books a delivery against an ordered purchase order:
 * - everything is checked first (quantities > 0 and within what is still
 *   expected unless allow_over_receipt);
 * - the receipt, the lines' received quantities and the status are recorded;
 * - stocked quantity rises and incoming quantity falls at the order's location;
 * - the stock ledger attributes the moves to this order ("receipt").
 * The same idempotency key again changes nothing and answers the same.
 */
export const receivePurchaseOrderWorkflow = createWorkflow(
  receivePurchaseOrderWorkflowId,
  (input: ReceivePurchaseOrderInput) => {
    const key = transform({ input }, ({ input }) => purchaseOrderLockKey(input.id))
    acquireLockStep({ key, timeout: 10, ttl: 60 })
    const order = loadPurchaseOrderStep(transform({ input }, ({ input }) => ({ id: input.id })))
    const plan = planPurchaseReceiptStep(
      transform({ input, order }, ({ input, order }) => ({
        purchase_order_id: order.id,
        status: order.status,
        order_lines: order.lines,
        idempotency_key: input.idempotency_key,
        lines: input.lines,
        allow_over_receipt: input.allow_over_receipt,
      }))
    )
    const booked = when({ plan }, ({ plan }) => !plan.duplicate).then(() => {
      const receipt = recordPurchaseReceiptStep(
        transform({ input, plan }, ({ input, plan }) => ({
          purchase_order_id: input.id,
          idempotency_key: input.idempotency_key,
          lines: plan.duplicate ? [] : plan.lines,
          status: plan.duplicate ? ("received" as const) : plan.status,
          received_by: input.received_by ?? null,
        }))
      )
      registerMovementCausesStep(
        transform({ input, order, plan }, ({ input, order, plan }) => ({
          reason: "receipt" as const,
          reference_type: "purchase_order",
          reference_id: input.id,
          actor: input.received_by ?? null,
          levels: plan.duplicate
            ? []
            : plan.lines.map((l) => ({ inventory_item_id: l.inventory_item_id, location_id: order.location_id })),
        }))
      )
      movePurchaseStockStep(
        transform({ order, plan }, ({ order, plan }) => ({
          location_id: order.location_id,
          moves: plan.duplicate
            ? []
            : plan.lines.map((l) => ({
                inventory_item_id: l.inventory_item_id,
                stocked: l.quantity,
                incoming: -l.expected_quantity,
              })),
        }))
      )
      return receipt
    })
    releaseLockStep({ key })
    return new WorkflowResponse(
      transform({ plan, booked }, ({ plan, booked }) => ({
        receipt_id: plan.duplicate ? plan.receipt_id : booked?.receipt_id,
        duplicate: plan.duplicate,
      }))
    )
  }
)
