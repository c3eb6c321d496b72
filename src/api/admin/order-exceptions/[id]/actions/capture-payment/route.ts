import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCaptureOrderExceptionPaymentType } from "../../../validators"
import { runCaseAction } from "../run-action"

/** POST /admin/order-exceptions/:id/actions/capture-payment */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCaptureOrderExceptionPaymentType>,
  res: MedusaResponse
) {
  await runCaseAction(req, res, "capture-payment")
}
