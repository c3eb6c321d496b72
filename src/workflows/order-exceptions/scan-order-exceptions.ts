import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_EXCEPTION_MODULE } from "../../modules/order-exception"
import type OrderExceptionModuleService from "../../modules/order-exception/service"
import { syncOrderExceptionsWorkflow } from "./sync-order-exceptions"

export const scanOrderExceptionsWorkflowId = "order-exceptions-scan"

export type ScanOrderExceptionsResult = { orders: number; raised: number; resolved: number }

const PAGE = 200

/**
 * The time-based causes (authorized but not captured after N hours, not
 * fulfilled or not delivered after N days) and a safety net for the rest:
 * syncs every order placed within the scan window and every order with an
 * active case, page by page. Each page commits on its own; running the scan
 * twice, or two at once, raises nothing twice.
 */
const scanOrderExceptionsStep = createStep(
  "order-exceptions-scan-step",
  async (input: { page_size?: number }, { container }) => {
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const settings = await service.getSettings()
    const size = input.page_size ?? PAGE
    const since = new Date(Date.now() - settings.scan_window_days * 86_400_000)
    const totals: ScanOrderExceptionsResult = { orders: 0, raised: 0, resolved: 0 }
    const seen = new Set<string>()

    const syncPage = async (ids: string[]) => {
      const fresh = ids.filter((id) => !seen.has(id))
      fresh.forEach((id) => seen.add(id))
      if (!fresh.length) return
      const { result } = await syncOrderExceptionsWorkflow(container).run({ input: { order_ids: fresh } })
      totals.orders += result.orders
      totals.raised += result.raised.length
      totals.resolved += result.resolved.length
    }

    let after: string | null = null
    for (;;) {
      const filters: Record<string, unknown> = { created_at: { $gte: since }, status: { $ne: "draft" } }
      if (after) filters.id = { $gt: after }
      const { data } = await query.graph({
        entity: "order",
        fields: ["id"],
        filters: filters as any,
        pagination: { take: size, skip: 0, order: { id: "ASC" } },
      })
      if (!data.length) break
      await syncPage(data.map((o: any) => o.id))
      after = data[data.length - 1].id
      if (data.length < size) break
    }

    after = null
    for (;;) {
      const ids = await service.listOrdersWithActiveCases(after, size)
      if (!ids.length) break
      await syncPage(ids)
      after = ids[ids.length - 1]
      if (ids.length < size) break
    }
    if (totals.raised || totals.resolved) {
      logger.info(
        `order exceptions scan: ${totals.orders} orders, ${totals.raised} cases raised, ${totals.resolved} resolved`
      )
    }
    return new StepResponse(totals)
  }
)

export const scanOrderExceptionsWorkflow = createWorkflow(
  scanOrderExceptionsWorkflowId,
  (input: { page_size?: number }) => new WorkflowResponse(scanOrderExceptionsStep(input))
)
