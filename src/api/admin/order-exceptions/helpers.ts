import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_EXCEPTION_MODULE } from "../../../modules/order-exception"
import type OrderExceptionModuleService from "../../../modules/order-exception/service"
import type { CaseStatus } from "../../../modules/order-exception/types"
import { allowedTransitions } from "../../../modules/order-exception/utils/cases"

/** A case as the admin sees it: its age, the moves it allows, and the order it is about. */
export async function presentCases(container: MedusaContainer, cases: any[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orderIds = [...new Set(cases.map((c) => c.order_id).filter(Boolean))] as string[]
  const { data: orders } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: ["id", "display_id", "email", "status", "currency_code", "total", "created_at"],
        filters: { id: orderIds },
      })
    : { data: [] as any[] }
  const byId = new Map(orders.map((o: any) => [o.id, o]))
  const now = Date.now()
  return cases.map((c) => ({
    ...c,
    age_seconds: Math.max(0, Math.floor((now - new Date(c.opened_at).getTime()) / 1000)),
    allowed_transitions: allowedTransitions(c.status as CaseStatus),
    order: c.order_id ? (byId.get(c.order_id) ?? null) : null,
  }))
}

/** One case with its log and occurrences; 404 when unknown. */
export async function retrieveCase(container: MedusaContainer, id: string) {
  const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
  const [found] = await service.listOrderExceptionCases({ id }, { take: 1 })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order exception case ${id} was not found`)
  const [notes, occurrences] = await Promise.all([
    service.listOrderExceptionNotes({ case_id: id }, { order: { created_at: "ASC", id: "ASC" }, take: 500 }),
    service.listOrderExceptionOccurrences({ case_id: id }, { order: { occurred_at: "DESC" }, take: 50 }),
  ])
  const [presented] = await presentCases(container, [found])
  return { ...presented, notes, occurrences }
}
