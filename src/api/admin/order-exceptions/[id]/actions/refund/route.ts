import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRefundOrderExceptionPaymentType } from "../../../validators"
import { runCaseAction } from "../run-action"

/** POST /admin/order-exceptions/:id/actions/refund */
export async function POST(req: AuthenticatedMedusaRequest<AdminRefundOrderExceptionPaymentType>, res: MedusaResponse) {
  await runCaseAction(req, res, "refund")
}
