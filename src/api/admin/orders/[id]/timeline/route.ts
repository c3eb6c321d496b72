import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_TIMELINE_MODULE } from "../../../../../modules/order-timeline"
import type OrderTimelineModuleService from "../../../../../modules/order-timeline/service"
import { parseQuery } from "../../../../validation"
import { AdminGetOrderTimeline } from "./validators"

/** GET /admin/orders/:id/timeline — what happened to the order, when, how much, by whom. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = parseQuery(AdminGetOrderTimeline, req.query)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { id: req.params.id } })
  if (!orders.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id "${req.params.id}" not found`)
  }
  const service: OrderTimelineModuleService = req.scope.resolve(ORDER_TIMELINE_MODULE)
  const direction = params.order.startsWith("-") ? ("DESC" as const) : ("ASC" as const)
  const [timeline_entries, count] = await service.listAndCountOrderTimelineEntries(
    { order_id: req.params.id },
    {
      select: [
        "id",
        "order_id",
        "kind",
        "occurred_at",
        "amount",
        "currency_code",
        "actor",
        "summary",
        "data",
        "created_at",
      ],
      order: { occurred_at: direction, created_at: direction, id: direction },
      skip: params.offset,
      take: params.limit,
    }
  )
  res.json({ timeline_entries, count, offset: params.offset, limit: params.limit })
}
