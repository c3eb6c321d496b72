import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDER_EXCEPTION_MODULE } from "../../../modules/order-exception"
import type OrderExceptionModuleService from "../../../modules/order-exception/service"
import { parseQuery } from "../../validation"
import { presentCases } from "./helpers"
import { AdminListOrderExceptions } from "./validators"

/** GET /admin/order-exceptions — cases filtered by type, status, severity, age, order; paginated. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = parseQuery(AdminListOrderExceptions, req.query)
  const service: OrderExceptionModuleService = req.scope.resolve(ORDER_EXCEPTION_MODULE)
  const filters: Record<string, unknown> = {}
  if (params.type) filters.type = params.type
  if (params.status) filters.status = params.status
  if (params.severity) filters.severity = params.severity
  if (params.order_id) filters.order_id = params.order_id
  if (params.cart_id) filters.cart_id = params.cart_id
  if (params.assignee) filters.assignee = params.assignee
  const now = Date.now()
  const opened: Record<string, Date> = {}
  if (params.min_age_hours !== undefined) opened.$lte = new Date(now - params.min_age_hours * 3_600_000)
  if (params.max_age_hours !== undefined) opened.$gte = new Date(now - params.max_age_hours * 3_600_000)
  if (Object.keys(opened).length) filters.opened_at = opened

  const [column, direction] = params.order.startsWith("-")
    ? [params.order.slice(1), "DESC" as const]
    : [params.order, "ASC" as const]
  const [cases, count] = await service.listAndCountOrderExceptionCases(filters, {
    order: { [column]: direction, id: "ASC" },
    skip: params.offset,
    take: params.limit,
  })
  res.json({
    order_exceptions: await presentCases(req.scope, cases),
    count,
    offset: params.offset,
    limit: params.limit,
  })
}
