import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderTotal } from "../../../lib/order-total"

/** What the timeline and the customer notifications need to know about an order. */
export type OrderFacts = {
  id: string
  display_id: number | null
  email: string | null
  currency_code: string
  total: string | null
  created_at: string | Date
  canceled_at: string | Date | null
  customer_id: string | null
  customer_name: string | null
  cart_id: string | null
  items: { title: string; quantity: string }[]
}

export const ORDER_FACT_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "summary.*",
  "created_at",
  "canceled_at",
  "customer_id",
  "customer.first_name",
  "shipping_address.first_name",
  "cart.id",
  "items.title",
  "items.product_title",
  "items.quantity",
  // without it the Order module leaves out items.quantity once other item fields are asked for
  "items.detail.quantity",
]

/** The order's facts, or null when it does not exist (any more). */
export async function loadOrderFacts(container: MedusaContainer, orderId: string): Promise<OrderFacts | null> {
  if (!orderId) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FACT_FIELDS, filters: { id: orderId } })
  const order: any = data[0]
  if (!order) return null
  return {
    id: order.id,
    display_id: order.display_id ?? null,
    email: order.email ?? null,
    currency_code: order.currency_code,
    total: orderTotal(order),
    created_at: order.created_at,
    canceled_at: order.canceled_at ?? null,
    customer_id: order.customer_id ?? null,
    customer_name: order.customer?.first_name || order.shipping_address?.first_name || null,
    cart_id: order.cart?.id ?? null,
    items: (order.items ?? []).map((i: any) => ({
      title: [i.product_title, i.title].filter(Boolean).join(" – ") || "Item",
      quantity: String(i.quantity ?? i.detail?.quantity),
    })),
  }
}

/** The store's name for notifications; "our store" when none is set. */
export async function loadStoreName(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["name"], pagination: { take: 1 } })
  return (data[0] as any)?.name || "our store"
}

/** `<source>:<event group>` when the event carries its workflow run, so each run counts once. */
export function runKey(base: string, eventGroupId?: string | null, fallback?: string | null) {
  return `${base}:${eventGroupId || fallback || "once"}`
}

export type FulfillmentFacts = {
  id: string
  order_id: string | null
  location_id: string | null
  created_at: string | Date
  shipped_at: string | Date | null
  delivered_at: string | Date | null
  canceled_at: string | Date | null
  created_by: string | null
  marked_shipped_by: string | null
  items: { title: string; quantity: string }[]
  labels: { tracking_number: string; tracking_url: string }[]
}

/** A fulfillment with its order id, items and labels, or null. */
export async function loadFulfillmentFacts(container: MedusaContainer, id: string): Promise<FulfillmentFacts | null> {
  if (!id) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: [
      "id",
      "location_id",
      "created_at",
      "shipped_at",
      "delivered_at",
      "canceled_at",
      "created_by",
      "marked_shipped_by",
      "items.title",
      "items.quantity",
      "labels.tracking_number",
      "labels.tracking_url",
      "order.id",
    ],
    filters: { id },
    withDeleted: true,
  })
  const f: any = data[0]
  if (!f) return null
  return {
    id: f.id,
    order_id: f.order?.id ?? null,
    location_id: f.location_id ?? null,
    created_at: f.created_at,
    shipped_at: f.shipped_at ?? null,
    delivered_at: f.delivered_at ?? null,
    canceled_at: f.canceled_at ?? null,
    created_by: f.created_by ?? null,
    marked_shipped_by: f.marked_shipped_by ?? null,
    items: (f.items ?? []).map((i: any) => ({ title: i.title, quantity: String(i.quantity) })),
    labels: (f.labels ?? []).map((l: any) => ({ tracking_number: l.tracking_number, tracking_url: l.tracking_url })),
  }
}

export const itemCount = (items: { quantity: string }[]) => items.reduce((sum, i) => sum + Number(i.quantity), 0)

export type PaymentFacts = {
  id: string
  order_id: string | null
  currency_code: string
  provider_id: string
  captures: { id: string; amount: string; created_at: string | Date; created_by: string | null }[]
  refunds: { id: string; amount: string; created_at: string | Date; created_by: string | null; note: string | null }[]
}

/** A payment with its captures, refunds and order, or null. */
export async function loadPaymentFacts(container: MedusaContainer, paymentId: string): Promise<PaymentFacts | null> {
  if (!paymentId) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: [
      "id",
      "currency_code",
      "provider_id",
      "captures.id",
      "captures.amount",
      "captures.created_at",
      "captures.created_by",
      "refunds.id",
      "refunds.amount",
      "refunds.created_at",
      "refunds.created_by",
      "refunds.note",
      "payment_collection.order.id",
    ],
    filters: { id: paymentId },
  })
  const p: any = data[0]
  if (!p) return null
  return {
    id: p.id,
    order_id: p.payment_collection?.order?.id ?? null,
    currency_code: p.currency_code,
    provider_id: p.provider_id,
    captures: (p.captures ?? []).map((c: any) => ({
      id: c.id,
      amount: String(c.amount),
      created_at: c.created_at,
      created_by: c.created_by ?? null,
    })),
    refunds: (p.refunds ?? []).map((r: any) => ({
      id: r.id,
      amount: String(r.amount),
      created_at: r.created_at,
      created_by: r.created_by ?? null,
      note: r.note ?? null,
    })),
  }
}
