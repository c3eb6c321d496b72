import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_EXCEPTION_MODULE } from "../../../modules/order-exception"
import type OrderExceptionModuleService from "../../../modules/order-exception/service"
import {
  uncoveredReservations,
  type OrderFacts,
  type OversoldFacts,
} from "../../../modules/order-exception/utils/cases"
import { orderTotal } from "../../../lib/order-total"
import { chunks } from "../../../lib/sql"

export const loadOrderExceptionFactsStepId = "order-exceptions-load-order-facts"

export const ORDER_FACT_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "email",
  "customer_id",
  "currency_code",
  "summary.*",
  "cart.id",
  "items.id",
  "items.quantity",
  // without it the Order module leaves out items.quantity once other item fields are asked for
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "payment_collections.id",
  "payment_collections.payments.id",
  "payment_collections.payments.amount",
  "payment_collections.payments.raw_amount",
  "payment_collections.payments.created_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.captures.raw_amount",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.raw_amount",
]

const raw = (row: any, field = "amount"): string => {
  const r = row?.[`raw_${field}`]
  if (r && typeof r === "object" && r.value != null) return String(r.value)
  const v = row?.[field]
  if (v && typeof v === "object" && "numeric" in v) return String(v.numeric)
  return v == null ? "0" : String(v)
}

const sumOf = (rows: any[] | undefined) =>
  (rows ?? []).reduce((acc, r) => MathBN.add(acc, raw(r)), MathBN.convert(0)).toString()

/**
 * Reads everything the inbox rules judge an order by: status, its summary
 * (current total, pending difference; no totals computed), payments with their captures and refunds, fulfillments, fulfilled
 * quantities, its reservations the stock cannot cover, its fraud assessment.
 * Read-only.
 */
export async function loadOrderFacts(container: MedusaContainer, orderIds: string[]): Promise<OrderFacts[]> {
  if (!orderIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
  const orders: any[] = []
  for (const part of chunks(orderIds, 100)) {
    const { data } = await query.graph({ entity: "order", fields: ORDER_FACT_FIELDS, filters: { id: part } })
    orders.push(...data)
  }
  const lineItemToOrder = new Map<string, string>()
  for (const o of orders) for (const i of o.items ?? []) if (i?.id) lineItemToOrder.set(i.id, o.id)
  const oversold = await findOversold(container, [...lineItemToOrder.keys()])
  const assessments = await service.listOrderFraudAssessments(
    { order_id: orders.map((o) => o.id) },
    { select: ["order_id", "score", "threshold", "flagged"], take: null }
  )
  const fraudByOrder = new Map(assessments.map((a: any) => [a.order_id, a]))

  return orders.map((o): OrderFacts => {
    const payments = (o.payment_collections ?? []).flatMap((pc: any) => pc?.payments ?? [])
    const summary = o.summary ?? null
    const pending = summary?.raw_pending_difference ?? summary?.pending_difference
    const fraud: any = fraudByOrder.get(o.id)
    return {
      id: o.id,
      display_id: o.display_id ?? null,
      status: o.status,
      created_at: o.created_at,
      email: o.email ?? null,
      customer_id: o.customer_id ?? null,
      currency_code: o.currency_code,
      total: orderTotal(o) ?? "0",
      cart_id: o.cart?.id ?? null,
      payment_collection_ids: (o.payment_collections ?? []).map((pc: any) => pc.id),
      payments: payments.map((p: any) => ({
        id: p.id,
        amount: raw(p),
        captured: sumOf(p.captures),
        refunded: sumOf(p.refunds),
        canceled: !!p.canceled_at,
        created_at: p.created_at,
      })),
      pending_difference:
        pending == null
          ? null
          : typeof pending === "object"
            ? String(pending.value ?? pending.numeric)
            : String(pending),
      item_quantity: (o.items ?? [])
        .reduce(
          (acc: any, i: any) => MathBN.add(acc, raw(i.quantity == null ? i.detail : i, "quantity")),
          MathBN.convert(0)
        )
        .toString(),
      fulfilled_quantity: (o.items ?? [])
        .reduce((acc: any, i: any) => MathBN.add(acc, raw(i?.detail, "fulfilled_quantity")), MathBN.convert(0))
        .toString(),
      fulfillments: (o.fulfillments ?? []).map((f: any) => ({
        id: f.id,
        created_at: f.created_at,
        shipped_at: f.shipped_at ?? null,
        delivered_at: f.delivered_at ?? null,
        canceled_at: f.canceled_at ?? null,
      })),
      oversold: oversold.filter((r) => lineItemToOrder.get(r.line_item_id) === o.id),
      fraud: fraud ? { score: fraud.score, threshold: fraud.threshold, flagged: fraud.flagged } : null,
    }
  })
}

/**
 * Reservations of these line items that stock cannot cover: at every level
 * where reserved exceeds stocked, the level's reservations are ranked by
 * age and the ones past the stock are short.
 */
async function findOversold(container: MedusaContainer, lineItemIds: string[]): Promise<OversoldFacts[]> {
  if (!lineItemIds.length) return []
  const inventory = container.resolve(Modules.INVENTORY)
  const reservations: any[] = []
  for (const part of chunks(lineItemIds, 200)) {
    reservations.push(
      ...(await inventory.listReservationItems(
        { line_item_id: part },
        { select: ["id", "line_item_id", "inventory_item_id", "location_id"], take: null }
      ))
    )
  }
  if (!reservations.length) return []
  const itemIds = [...new Set(reservations.map((r) => r.inventory_item_id))]
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: itemIds },
    { select: ["id", "inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"], take: null }
  )
  const wanted = new Set(reservations.map((r) => `${r.inventory_item_id}:${r.location_id}`))
  const shortLevels = levels.filter(
    (l: any) =>
      wanted.has(`${l.inventory_item_id}:${l.location_id}`) && MathBN.gt(l.reserved_quantity, l.stocked_quantity)
  )
  const out: OversoldFacts[] = []
  const mine = new Set(reservations.map((r) => r.id))
  for (const level of shortLevels as any[]) {
    const atLevel = await inventory.listReservationItems(
      { inventory_item_id: level.inventory_item_id, location_id: level.location_id },
      { select: ["id", "line_item_id", "quantity", "created_at", "allow_backorder"], take: null }
    )
    const short = uncoveredReservations(
      String(level.stocked_quantity),
      atLevel.map((r: any) => ({
        id: r.id,
        quantity: String(r.quantity),
        created_at: r.created_at,
        allow_backorder: r.allow_backorder,
      }))
    )
    for (const r of atLevel as any[]) {
      const missing = short.get(r.id)
      if (!missing || !mine.has(r.id)) continue
      out.push({
        reservation_id: r.id,
        line_item_id: r.line_item_id,
        inventory_item_id: level.inventory_item_id,
        location_id: level.location_id,
        short: missing,
        stocked: String(level.stocked_quantity),
        reserved: String(level.reserved_quantity),
      })
    }
  }
  return out
}

export const loadOrderExceptionFactsStep = createStep(
  loadOrderExceptionFactsStepId,
  async (input: { order_ids: string[] }, { container }) => {
    return new StepResponse(await loadOrderFacts(container, input.order_ids))
  }
)
