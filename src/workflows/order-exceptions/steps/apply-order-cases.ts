import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_EXCEPTION_MODULE } from "../../../modules/order-exception"
import type OrderExceptionModuleService from "../../../modules/order-exception/service"
import { evaluateOrder, planOrderCases, type OrderFacts } from "../../../modules/order-exception/utils/cases"

export const applyOrderCasesStepId = "order-exceptions-apply-order-cases"

export type AppliedOrderCases = {
  orders: number
  raised: string[]
  updated: string[]
  resolved: { id: string; resolution: string }[]
}

type Compensation = { raised: string[]; resolved: string[] }

/**
 * Judges each order by the inbox rules and applies the result: cases raised
 * for a cart or payment collection get the order id, new causes raise cases
 * (once per episode), active cases whose cause is gone close themselves.
 */
export const applyOrderCasesStep = createStep(
  applyOrderCasesStepId,
  async (input: { orders: OrderFacts[] }, { container }) => {
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    const result: AppliedOrderCases = { orders: input.orders.length, raised: [], updated: [], resolved: [] }
    if (!input.orders.length) return new StepResponse(result, { raised: [], resolved: [] } as Compensation)
    const settings = await service.getSettings()
    const now = new Date()
    for (const facts of input.orders) {
      await service.linkCasesToOrder({
        order_id: facts.id,
        cart_id: facts.cart_id,
        payment_collection_ids: facts.payment_collection_ids,
      })
    }
    const active = await service.listActiveCasesFor({ order_ids: input.orders.map((o) => o.id) })
    for (const facts of input.orders) {
      const plan = planOrderCases(
        facts,
        evaluateOrder(facts, settings, now),
        active.filter((a) => a.order_id === facts.id)
      )
      const raised = await service.raiseCases(plan.raise)
      result.raised.push(...raised.created)
      result.updated.push(...raised.updated)
      result.resolved.push(...(await service.resolveCasesAutomatically(plan.resolve)))
    }
    return new StepResponse(result, { raised: result.raised, resolved: result.resolved.map((r) => r.id) })
  },
  async (compensation: Compensation | undefined, { container }) => {
    if (!compensation) return
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    if (compensation.raised.length) await service.softDeleteOrderExceptionCases(compensation.raised)
    if (compensation.resolved.length) {
      await service.restoreCases(
        compensation.resolved.map((id) => ({
          id,
          status: "open",
          resolved_at: null,
          resolved_by: null,
          resolution: null,
        }))
      )
    }
  }
)
