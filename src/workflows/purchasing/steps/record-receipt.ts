import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"
import type { RecordReceiptInput } from "../../../modules/purchasing/service"
import type { PurchaseOrderStatus } from "../../../modules/purchasing/types"

export const recordPurchaseReceiptStepId = "purchasing-record-receipt"

type Compensation = { receipt_id: string; previous_status: PurchaseOrderStatus }

/** Books a receipt on the order (lines, status, receipt row); compensation takes it back out. */
export const recordPurchaseReceiptStep = createStep(
  recordPurchaseReceiptStepId,
  async (input: RecordReceiptInput, { container }) => {
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    const result = await purchasing.recordReceipt(input)
    return new StepResponse(
      result,
      result.created ? { receipt_id: result.receipt_id, previous_status: result.previous_status } : undefined
    )
  },
  async (compensation: Compensation | undefined, { container }) => {
    if (!compensation?.receipt_id) return
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    await purchasing.revertReceipt(compensation)
  }
)
