import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_POINTS_MODULE } from "../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../modules/loyalty-points/service"
import type { LoyaltyRuleValues } from "../../../modules/loyalty-points/types"
import type { OrderLoyaltyState } from "../../../modules/loyalty-points/utils/plan"
import { tierFor } from "../../../modules/loyalty-points/utils/points"

export const loadOrderLoyaltyStateStepId = "loyalty-load-order-state"

const ORDER_FIELDS = [
  "id",
  "customer_id",
  "currency_code",
  "status",
  "total",
  "item_subtotal",
  "item_total",
  "discount_subtotal",
  "discount_total",
  "shipping_subtotal",
  "shipping_total",
  "customer.has_account",
  "payment_collections.payments.captures.*",
  "payment_collections.payments.refunds.*",
]

const rawAmount = (row: { amount: number; raw_amount?: { value: string } }) => row.raw_amount?.value ?? row.amount

/**
 * Reads everything the points of one order depend on: the order's totals and
 * status, its captures and refunds, the currency's rule, the customer's tier
 * and what the ledger already holds for the order. Read-only.
 */
export const loadOrderLoyaltyStateStep = createStep(
  loadOrderLoyaltyStateStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    const {
      data: [order],
    } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: input.order_id } })
    if (!order) return new StepResponse(null)

    const payments = (order.payment_collections ?? []).flatMap((pc: any) => pc?.payments ?? [])
    const [rule] = await loyalty.listLoyaltyRules({ currency_code: order.currency_code })
    const posted = await loyalty.listLoyaltyEntries(
      { order_id: order.id },
      { select: ["kind", "source", "source_id", "points"], take: null }
    )
    let multiplier = 1
    if (rule?.tiers && order.customer_id) {
      const spend = await loyalty.trailingSpend({
        customer_id: order.customer_id,
        currency_code: order.currency_code,
        since: new Date(Date.now() - 365 * 86_400_000),
      })
      multiplier = tierFor(spend, rule.tiers as any).multiplier
    }

    const state: OrderLoyaltyState = {
      order: order as any,
      customer_has_account: Boolean((order as any).customer?.has_account),
      captures: payments.flatMap((p: any) => p.captures ?? []).map((c: any) => ({ ...c, amount: rawAmount(c) })),
      refunds: payments.flatMap((p: any) => p.refunds ?? []).map((r: any) => ({ ...r, amount: rawAmount(r) })),
      posted: posted as any,
      rule: rule ? (rule as unknown as LoyaltyRuleValues) : null,
      multiplier,
    }
    return new StepResponse(state)
  }
)
