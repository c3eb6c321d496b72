import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"
import type {
  PurchaseOrderLineState,
  PurchaseOrderStatus,
  ReceiptLineInput,
  ReceiptPlan,
} from "../../../modules/purchasing/types"
import { planReceipt } from "../../../modules/purchasing/utils/receipts"

export const planPurchaseReceiptStepId = "purchasing-plan-receipt"

export type PlanReceiptInput = {
  purchase_order_id: string
  status: PurchaseOrderStatus
  order_lines: PurchaseOrderLineState[]
  idempotency_key: string
  lines: ReceiptLineInput[]
  allow_over_receipt?: boolean
}

export type PlannedReceipt = (ReceiptPlan & { duplicate: false }) | { duplicate: true; receipt_id: string }

/**
 * Decides what a receive request books, writing nothing: a key seen before
 * is a duplicate (nothing to do; 409 when it was used for another order);
 * otherwise the request is checked line by line.
 */
export const planPurchaseReceiptStep = createStep(
  planPurchaseReceiptStepId,
  async (input: PlanReceiptInput, { container }) => {
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    const [seen] = await purchasing.listPurchaseOrderReceipts(
      { idempotency_key: input.idempotency_key },
      { select: ["id", "purchase_order_id"] }
    )
    if (seen) {
      if (seen.purchase_order_id !== input.purchase_order_id) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "This idempotency key was already used to receive another purchase order"
        )
      }
      return new StepResponse<PlannedReceipt>({ duplicate: true, receipt_id: seen.id })
    }
    const plan = planReceipt(input.status, input.order_lines, input.lines, input.allow_over_receipt)
    return new StepResponse<PlannedReceipt>({ ...plan, duplicate: false })
  }
)
