import { MathBN } from "@medusajs/framework/utils"
import type { CaptureFactRow, LineFactRow, OrderFactRow, OrderFacts, PromotionFactRow, RefundFactRow } from "../types"
import { dayInTimeZone } from "./periods"

/**
 * The fields the fact builder reads, for one `query.graph` call on "order".
 * Medusa computes the totals (item_subtotal, discount_subtotal, ...) from the
 * order's current version when any total is requested.
 */
export const ORDER_FACT_FIELDS = [
  "id",
  "version",
  "display_id",
  "status",
  "is_draft_order",
  "customer_id",
  "region_id",
  "sales_channel_id",
  "currency_code",
  "created_at",
  "canceled_at",
  "item_subtotal",
  "discount_subtotal",
  "shipping_subtotal",
  "tax_total",
  "total",
  "items.id",
  "items.product_id",
  "items.variant_id",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.quantity",
  "items.subtotal",
  "items.discount_subtotal",
  "items.tax_total",
  "items.total",
  "items.detail.return_received_quantity",
  "items.adjustments.promotion_id",
  "items.adjustments.code",
  "items.adjustments.amount",
  "shipping_methods.adjustments.promotion_id",
  "shipping_methods.adjustments.code",
  "shipping_methods.adjustments.amount",
  "promotions.id",
  "promotions.code",
  "promotions.campaign_id",
  "payment_collections.payments.id",
  "payment_collections.payments.captures.id",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.captures.created_at",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.created_at",
  "payment_collections.payments.refunds.refund_reason_id",
  "payment_collections.payments.refunds.refund_reason.label",
]

/** Money as Medusa returns it: a BigNumber, a number, a decimal string, or a raw `{ value }`. */
type Amount = unknown

type Adjustment = { promotion_id?: string | null; code?: string | null; amount?: Amount }

/** The shape of one order from `query.graph` with ORDER_FACT_FIELDS (loosely typed: Medusa's graph types are wide). */
export type SourceOrder = {
  id: string
  version?: number | null
  display_id?: number | null
  status: string
  is_draft_order?: boolean | null
  customer_id?: string | null
  region_id?: string | null
  sales_channel_id?: string | null
  currency_code: string
  created_at: Date | string
  canceled_at?: Date | string | null
  item_subtotal?: Amount
  discount_subtotal?: Amount
  shipping_subtotal?: Amount
  tax_total?: Amount
  total?: Amount
  items?:
    | ({
        id: string
        product_id?: string | null
        variant_id?: string | null
        product_title?: string | null
        variant_title?: string | null
        variant_sku?: string | null
        quantity?: Amount
        subtotal?: Amount
        discount_subtotal?: Amount
        tax_total?: Amount
        total?: Amount
        detail?: { return_received_quantity?: Amount } | null
        adjustments?: (Adjustment | null)[] | null
      } | null)[]
    | null
  shipping_methods?: ({ adjustments?: (Adjustment | null)[] | null } | null)[] | null
  promotions?: ({ id: string; code?: string | null; campaign_id?: string | null } | null)[] | null
  payment_collections?:
    | ({
        payments?:
          | ({
              id: string
              captures?: ({ id: string; amount?: Amount; created_at: Date | string } | null)[] | null
              refunds?:
                | ({
                    id: string
                    amount?: Amount
                    created_at: Date | string
                    refund_reason_id?: string | null
                    refund_reason?: { label?: string | null } | null
                  } | null)[]
                | null
            } | null)[]
          | null
      } | null)[]
    | null
}

/** An exact decimal string of a Medusa amount (never through a JS float when Medusa kept the raw value). */
export function decimal(value: Amount): string {
  if (value === null || value === undefined || value === "") return "0"
  if (typeof value === "object") {
    const v = value as { raw?: { value?: unknown }; value?: unknown; bigNumber?: unknown }
    const raw = v.raw?.value ?? v.value
    if (raw !== undefined && raw !== null) return MathBN.convert(raw as string).toFixed()
    if (v.bigNumber) return MathBN.convert(v.bigNumber as any).toFixed()
  }
  return MathBN.convert(value as any).toFixed()
}

/** A quantity as an integer count (Medusa quantities are bigNumbers; analytics counts whole units). */
function count(value: Amount): number {
  return Math.round(Number(decimal(value)))
}

const nonNull = <T>(list: (T | null | undefined)[] | null | undefined): T[] =>
  (list ?? []).filter((x): x is T => x !== null && x !== undefined)

/** Whether the builder should keep facts for the order at all (draft orders are not sales yet). */
export function countsAsOrder(order: SourceOrder): boolean {
  return !order.is_draft_order && order.status !== "draft"
}

/**
 * The facts of one order's current state: pure, so the same state always
 * gives the same rows (which makes redelivered events harmless).
 *
 * - order: Medusa's item_subtotal / discount_subtotal / shipping_subtotal /
 *   tax_total / total of the current version; captured and refunded sums.
 * - lines: one per line item of the current version (returned = received returns).
 * - refunds / captures: one per payment refund / capture, on their own day.
 * - promotions: per promotion applied, the sum of its adjustments (items and
 *   shipping) and the order's total.
 */
export function buildOrderFacts(order: SourceOrder, timeZone: string): OrderFacts {
  const isCanceled = order.status === "canceled"
  const day = dayInTimeZone(order.created_at, timeZone)
  const placedAt = new Date(order.created_at)
  const where = {
    currency_code: order.currency_code,
    region_id: order.region_id ?? "",
    sales_channel_id: order.sales_channel_id ?? "",
  }
  const items = nonNull(order.items)
  const payments = nonNull(order.payment_collections).flatMap((pc) => nonNull(pc.payments))

  const captures: CaptureFactRow[] = payments.flatMap((p) =>
    nonNull(p.captures).map((c) => ({
      capture_id: c.id,
      order_id: order.id,
      payment_id: p.id,
      ...where,
      amount: decimal(c.amount),
      captured_at: new Date(c.created_at),
      day: dayInTimeZone(c.created_at, timeZone),
    }))
  )
  const refunds: RefundFactRow[] = payments.flatMap((p) =>
    nonNull(p.refunds).map((r) => ({
      refund_id: r.id,
      order_id: order.id,
      payment_id: p.id,
      ...where,
      amount: decimal(r.amount),
      refund_reason_id: r.refund_reason_id ?? null,
      reason_label: r.refund_reason?.label ?? null,
      refunded_at: new Date(r.created_at),
      day: dayInTimeZone(r.created_at, timeZone),
      is_canceled_order: isCanceled,
    }))
  )

  const lines: LineFactRow[] = items.map((item) => ({
    line_item_id: item.id,
    order_id: order.id,
    product_id: item.product_id ?? null,
    variant_id: item.variant_id ?? "",
    product_title: item.product_title ?? null,
    variant_title: item.variant_title ?? null,
    variant_sku: item.variant_sku ?? null,
    ...where,
    day,
    quantity: count(item.quantity),
    returned_quantity: count(item.detail?.return_received_quantity),
    subtotal: decimal(item.subtotal),
    discount_total: decimal(item.discount_subtotal),
    tax_total: decimal(item.tax_total),
    total: decimal(item.total),
    is_canceled: isCanceled,
  }))

  const orderTotal = decimal(order.total)
  const promotionMeta = new Map(nonNull(order.promotions).map((p) => [p.id, p]))
  const byPromotion = new Map<string, { code: string | null; amount: string }>()
  const adjustments = [
    ...items.flatMap((i) => nonNull(i.adjustments)),
    ...nonNull(order.shipping_methods).flatMap((m) => nonNull(m.adjustments)),
  ]
  for (const adj of adjustments) {
    if (!adj.promotion_id) continue
    const prev = byPromotion.get(adj.promotion_id)
    byPromotion.set(adj.promotion_id, {
      code: prev?.code ?? adj.code ?? null,
      amount: MathBN.add(prev?.amount ?? 0, decimal(adj.amount)).toFixed(),
    })
  }
  const promotions: PromotionFactRow[] = [...byPromotion.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([promotionId, agg]) => ({
      order_id: order.id,
      promotion_id: promotionId,
      code: promotionMeta.get(promotionId)?.code ?? agg.code,
      campaign_id: promotionMeta.get(promotionId)?.campaign_id ?? null,
      ...where,
      day,
      discount_total: agg.amount,
      order_total: orderTotal,
      is_canceled: isCanceled,
    }))

  const orderRow: OrderFactRow = {
    order_id: order.id,
    order_version: order.version ?? 1,
    display_id: order.display_id ?? null,
    customer_id: order.customer_id ?? null,
    ...where,
    placed_at: placedAt,
    day,
    status: order.status,
    is_canceled: isCanceled,
    canceled_at: order.canceled_at ? new Date(order.canceled_at) : null,
    item_subtotal: decimal(order.item_subtotal),
    discount_total: decimal(order.discount_subtotal),
    shipping_total: decimal(order.shipping_subtotal),
    tax_total: decimal(order.tax_total),
    total: orderTotal,
    captured_total: MathBN.sum(0, ...captures.map((c) => c.amount)).toFixed(),
    refunded_total: MathBN.sum(0, ...refunds.map((r) => r.amount)).toFixed(),
    units: lines.reduce((s, l) => s + l.quantity, 0),
    returned_units: lines.reduce((s, l) => s + l.returned_quantity, 0),
  }
  return { order: orderRow, lines, refunds, captures, promotions }
}

/**
 * The product pairs an order counts for in co-purchase: every ordered pair
 * of distinct products of its lines with a quantity, none for a canceled order.
 */
export function coPurchasePairs(lines: Pick<LineFactRow, "product_id" | "quantity" | "is_canceled">[]): string[] {
  const products = [
    ...new Set(lines.filter((l) => !l.is_canceled && l.quantity > 0 && l.product_id).map((l) => l.product_id!)),
  ].sort()
  const pairs: string[] = []
  for (const a of products) for (const b of products) if (a !== b) pairs.push(`${a}\u0000${b}`)
  return pairs
}

/**
 * Net change of co-purchase counts when an order's pairs go from `before` to
 * `after` (a pair in both changes nothing), sorted so concurrent writers lock
 * rows in the same order.
 */
export function coPurchaseDelta(before: string[][], after: string[][]): [string, string, number][] {
  const delta = new Map<string, number>()
  for (const pairs of before) for (const p of pairs) delta.set(p, (delta.get(p) ?? 0) - 1)
  for (const pairs of after) for (const p of pairs) delta.set(p, (delta.get(p) ?? 0) + 1)
  return [...delta.entries()]
    .filter(([, d]) => d !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, d]) => {
      const [a, b] = key.split("\u0000")
      return [a, b, d]
    })
}
