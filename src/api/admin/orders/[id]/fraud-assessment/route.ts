import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_EXCEPTION_MODULE } from "../../../../../modules/order-exception"
import type OrderExceptionModuleService from "../../../../../modules/order-exception/service"

/**
 * GET /admin/orders/:id/fraud-assessment — the order's fraud score and the
 * rules that fired; null when the order was placed before the inbox existed.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  const service: OrderExceptionModuleService = req.scope.resolve(ORDER_EXCEPTION_MODULE)
  const [assessment] = await service.listOrderFraudAssessments({ order_id: req.params.id }, { take: 1 })
  res.json({ fraud_assessment: assessment ?? null })
}
