import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_EXCEPTION_MODULE } from "../../../modules/order-exception"
import type OrderExceptionModuleService from "../../../modules/order-exception/service"
import {
  addressKey,
  cardFingerprint,
  countDistinct,
  scoreFraud,
  type FraudFacts,
} from "../../../modules/order-exception/utils/fraud"

export const assessOrderFraudStepId = "order-exceptions-assess-fraud"

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** Orders looked at for distinct addresses and cards. */
const HISTORY_LIMIT = 200

type Assessed = Awaited<ReturnType<OrderExceptionModuleService["recordAssessment"]>> | { assessment: null; created: false }

/** What every assessment of one run reads the same: Query, the module, and its settings (rules, threshold). */
type AssessContext = {
  query: any
  service: OrderExceptionModuleService
  settings: Awaited<ReturnType<OrderExceptionModuleService["getSettings"]>>
}

/**
 * Gathers the fraud facts of one order (its addresses, the same shopper's
 * other orders, failed payments and cards, the store's average order value),
 * scores them and stores the assessment once. A redelivered order.placed
 * keeps the first assessment.
 */
async function assessOrder({ query, service, settings }: AssessContext, orderId: string): Promise<Assessed> {
  const existing = await service.listOrderFraudAssessments({ order_id: orderId }, { take: 1 })
  if (existing.length) return { assessment: existing[0], created: false } as Assessed

  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "email",
      "customer_id",
      "currency_code",
      "total",
      "created_at",
      "status",
      "shipping_address.*",
      "billing_address.country_code",
    ],
    filters: { id: orderId },
  })
  if (!order || order.status === "draft") return { assessment: null, created: false }

  const rules = settings.fraud_rules
  const now = Date.now()
  const shopper: Record<string, unknown>[] = []
  if (order.email) shopper.push({ email: order.email })
  if (order.customer_id) shopper.push({ customer_id: order.customer_id })
  const sameShopper = shopper.length ? { $or: shopper } : { id: order.id }

  const count = async (filters: Record<string, unknown>) => {
    const { metadata } = await query.graph({
      entity: "order",
      fields: ["id"],
      filters: { ...sameShopper, ...filters } as any,
      pagination: { take: 1, skip: 0 },
    })
    return metadata?.count ?? 0
  }
  const since = (ms: number) => new Date(now - ms)

  const historyWindow = Math.max(rules.many_addresses.window_days, rules.many_cards.window_days)
  const { data: history } = await query.graph({
    entity: "order",
    fields: ["id", "created_at", "shipping_address.*", "payment_collections.payments.data"],
    filters: { ...sameShopper, created_at: { $gte: since(historyWindow * DAY) } } as any,
    pagination: { take: HISTORY_LIMIT, skip: 0, order: { created_at: "DESC" } },
  })
  const inWindow = (days: number) =>
    [order, ...history.filter((o: any) => o.id !== order.id)].filter(
      (o: any) => o.id === order.id || new Date(o.created_at).getTime() >= now - days * DAY
    )
  const fingerprints = inWindow(rules.many_cards.window_days).flatMap((o: any) =>
    (o.payment_collections ?? []).flatMap((pc: any) => (pc?.payments ?? []).map((p: any) => cardFingerprint(p?.data)))
  )

  const facts: FraudFacts = {
    email: order.email ?? null,
    customer_id: order.customer_id ?? null,
    currency_code: order.currency_code,
    total: String((order as any).raw_total?.value ?? order.total),
    billing_country: (order as any).billing_address?.country_code ?? null,
    shipping_country: (order as any).shipping_address?.country_code ?? null,
    orders_in_window: await count({ created_at: { $gte: since(rules.order_velocity.window_hours * HOUR) } }),
    failed_payments_in_window: await service.countFailedPayments({
      email: order.email ?? null,
      customer_id: order.customer_id ?? null,
      since: since(rules.failed_payments.window_hours * HOUR),
    }),
    prior_orders: await count({ created_at: { $lt: order.created_at }, id: { $ne: order.id } }),
    average_order_value: await service.averageOrderValue({
      currency_code: order.currency_code,
      since: since(rules.high_first_order.window_days * DAY),
      exclude_order_id: order.id,
    }),
    distinct_addresses: countDistinct(
      inWindow(rules.many_addresses.window_days).map((o: any) => addressKey(o.shipping_address))
    ),
    distinct_cards: fingerprints.some(Boolean) ? countDistinct(fingerprints) : null,
  }
  const { score, reasons } = scoreFraud(facts, rules)
  const recorded = await service.recordAssessment({
    order_id: order.id,
    customer_id: facts.customer_id,
    email: facts.email,
    currency_code: order.currency_code,
    order_total: facts.total,
    score,
    reasons,
    threshold: settings.fraud_threshold,
  })
  return recorded
}

/**
 * Assesses each order once, one after another (an order's facts include the
 * assessments recorded before it: the store's average order value). Undone
 * by deleting the assessments this run created.
 */
export const assessOrderFraudStep = createStep(
  assessOrderFraudStepId,
  async (input: { order_ids: string[] }, { container }) => {
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    const context: AssessContext = {
      query: container.resolve(ContainerRegistrationKeys.QUERY),
      service,
      settings: await service.getSettings(),
    }
    const results: Assessed[] = []
    const created: string[] = []
    for (const orderId of [...new Set(input.order_ids)]) {
      const result = await assessOrder(context, orderId)
      results.push(result)
      if (result.created) created.push(result.assessment.id as string)
    }
    return new StepResponse(results, created)
  },
  async (createdIds: string[] | undefined, { container }) => {
    if (!createdIds?.length) return
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    await service.deleteOrderFraudAssessments(createdIds)
  }
)
