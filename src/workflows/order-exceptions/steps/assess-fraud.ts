import type { IOrderModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderTotal } from "../../../lib/order-total"
import { chunks } from "../../../lib/sql"
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

type Assessed =
  Awaited<ReturnType<OrderExceptionModuleService["recordAssessment"]>> | { assessment: null; created: false }

/** What every assessment of one run reads the same: Query, the Order Module, ours, and its settings (rules, threshold). */
type AssessContext = {
  query: any
  orderModule: IOrderModuleService
  service: OrderExceptionModuleService
  settings: Awaited<ReturnType<OrderExceptionModuleService["getSettings"]>>
}

const ORDER_FIELDS = [
  "id",
  "email",
  "customer_id",
  "currency_code",
  "summary.*",
  "created_at",
  "status",
  "shipping_address.*",
  "billing_address.country_code",
]
const HISTORY_FIELDS = [
  "id",
  "email",
  "customer_id",
  "created_at",
  "shipping_address.*",
  "payment_collections.payments.data",
]

const shopperFilter = (orders: any[]) => {
  const emails = [...new Set(orders.map((o) => o.email).filter(Boolean))]
  const customers = [...new Set(orders.map((o) => o.customer_id).filter(Boolean))]
  const or: Record<string, unknown>[] = []
  if (emails.length) or.push({ email: emails })
  if (customers.length) or.push({ customer_id: customers })
  return or.length ? { $or: or } : null
}

const sameShopper = (order: any) => (other: any) =>
  other.id === order.id ||
  (!!order.email && other.email === order.email) ||
  (!!order.customer_id && other.customer_id === order.customer_id)

/**
 * The same shoppers' orders since a date, newest first, for every order of
 * the run in one read; per shopper at most HISTORY_LIMIT. When the batch's
 * read hits its limit (a shopper with very many orders), each order's
 * shopper is read on its own so no one is crowded out.
 */
async function loadHistory(query: any, orders: any[], since: Date): Promise<Map<string, any[]>> {
  const read = async (group: any[], take: number) => {
    const shoppers = shopperFilter(group)
    if (!shoppers) return { rows: [] as any[], full: false }
    const { data } = await query.graph({
      entity: "order",
      fields: HISTORY_FIELDS,
      filters: { ...shoppers, created_at: { $gte: since } } as any,
      pagination: { take, skip: 0, order: { created_at: "DESC" } },
    })
    return { rows: data as any[], full: data.length >= take }
  }
  const byOrder = new Map<string, any[]>()
  const batch = await read(orders, HISTORY_LIMIT * orders.length)
  for (const order of orders) {
    const rows = batch.full ? (await read([order], HISTORY_LIMIT)).rows : batch.rows
    byOrder.set(order.id, rows.filter(sameShopper(order)).slice(0, HISTORY_LIMIT))
  }
  return byOrder
}

/**
 * Gathers the fraud facts of the run's orders (their addresses, the same
 * shoppers' other orders, failed payments and cards, the store's average
 * order value) with set-based reads: one read of the orders, one of their
 * shoppers' recent orders. Then scores and stores each assessment once, one
 * after another (an order's average includes the assessments recorded before
 * it). A redelivered order.placed keeps the first assessment.
 */
async function assessOrders(
  { query, orderModule, service, settings }: AssessContext,
  orderIds: string[]
): Promise<Assessed[]> {
  const existing = await service.listOrderFraudAssessments({ order_id: orderIds }, { take: null })
  const assessed = new Map<string, Assessed>(
    existing.map((a: any) => [a.order_id, { assessment: a, created: false } as Assessed])
  )
  const todo = orderIds.filter((id) => !assessed.has(id))
  const orders: any[] = []
  for (const part of chunks(todo, 100)) {
    const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: part } })
    orders.push(...data.filter((o: any) => o.status !== "draft"))
  }

  const rules = settings.fraud_rules
  const now = Date.now()
  const since = (ms: number) => new Date(now - ms)
  const historyMs = Math.max(
    rules.many_addresses.window_days * DAY,
    rules.many_cards.window_days * DAY,
    rules.order_velocity.window_hours * HOUR
  )
  const histories = orders.length ? await loadHistory(query, orders, since(historyMs)) : new Map()

  for (const order of orders) {
    const history: any[] = histories.get(order.id) ?? []
    const others = history.filter((o) => o.id !== order.id)
    const inWindow = (ms: number) => [order, ...others.filter((o) => new Date(o.created_at).getTime() >= now - ms)]
    const fingerprints = inWindow(rules.many_cards.window_days * DAY).flatMap((o: any) =>
      (o.payment_collections ?? []).flatMap((pc: any) => (pc?.payments ?? []).map((p: any) => cardFingerprint(p?.data)))
    )
    const placedAt = new Date(order.created_at).getTime()
    const facts: FraudFacts = {
      email: order.email ?? null,
      customer_id: order.customer_id ?? null,
      currency_code: order.currency_code,
      total: orderTotal(order) ?? "0",
      billing_country: order.billing_address?.country_code ?? null,
      shipping_country: order.shipping_address?.country_code ?? null,
      orders_in_window: inWindow(rules.order_velocity.window_hours * HOUR).length,
      failed_payments_in_window: await service.countFailedPayments({
        email: order.email ?? null,
        customer_id: order.customer_id ?? null,
        since: since(rules.failed_payments.window_hours * HOUR),
      }),
      prior_orders:
        others.filter((o) => new Date(o.created_at).getTime() < placedAt).length ||
        (await countOlderOrders(orderModule, order, since(historyMs))),
      average_order_value: await service.averageOrderValue({
        currency_code: order.currency_code,
        since: since(rules.high_first_order.window_days * DAY),
        exclude_order_id: order.id,
      }),
      distinct_addresses: countDistinct(
        inWindow(rules.many_addresses.window_days * DAY).map((o: any) => addressKey(o.shipping_address))
      ),
      distinct_cards: fingerprints.some(Boolean) ? countDistinct(fingerprints) : null,
    }
    const { score, reasons } = scoreFraud(facts, rules)
    assessed.set(
      order.id,
      await service.recordAssessment({
        order_id: order.id,
        customer_id: facts.customer_id,
        email: facts.email,
        currency_code: order.currency_code,
        order_total: facts.total,
        score,
        reasons,
        threshold: settings.fraud_threshold,
      })
    )
  }
  return orderIds.map((id) => assessed.get(id) ?? { assessment: null, created: false })
}

/** Whether the shopper placed an order before `before` (1) or not (0): the older side of the history window. */
async function countOlderOrders(orderModule: IOrderModuleService, order: any, before: Date): Promise<number> {
  const shoppers = shopperFilter([order])
  if (!shoppers) return 0
  const older = await orderModule.listOrders(
    { ...shoppers, id: { $ne: order.id }, created_at: { $lt: before } } as any,
    { select: ["id"], take: 1 }
  )
  return older.length
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
      orderModule: container.resolve(Modules.ORDER),
      service,
      settings: await service.getSettings(),
    }
    const results = await assessOrders(context, [...new Set(input.order_ids)])
    const created = results.filter((r) => r.created).map((r) => r.assessment!.id as string)
    return new StepResponse(results, created)
  },
  async (createdIds: string[] | undefined, { container }) => {
    if (!createdIds?.length) return
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    await service.deleteOrderFraudAssessments(createdIds)
  }
)
