import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDER_EXCEPTION_MODULE } from "../../../../modules/order-exception"
import type OrderExceptionModuleService from "../../../../modules/order-exception/service"
import { updateOrderExceptionSettingsWorkflow } from "../../../../workflows/order-exceptions/update-order-exception-settings"
import type { AdminUpdateOrderExceptionSettingsType } from "../validators"

/** GET /admin/order-exceptions/settings — thresholds and fraud rules (defaults filled in). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: OrderExceptionModuleService = req.scope.resolve(ORDER_EXCEPTION_MODULE)
  res.json({ settings: await service.getSettings() })
}

/** POST /admin/order-exceptions/settings — partial update; fraud rules merge field by field. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateOrderExceptionSettingsType>,
  res: MedusaResponse
) {
  const { result } = await updateOrderExceptionSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: result })
}
