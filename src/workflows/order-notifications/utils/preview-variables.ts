import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { TemplateKey } from "../../../modules/order-timeline/utils/templates"
import { loadOrderFacts, loadStoreName, type OrderFacts } from "../../order-timeline/utils/facts"
import { formatMoney, retryUrl } from "./format"
import { itemsSummary, orderVariables } from "./variables"

const SAMPLE_ORDER: OrderFacts = {
  id: "order_01SAMPLE",
  display_id: 1001,
  email: "jane@example.com",
  currency_code: "eur",
  total: "59.90",
  created_at: new Date("2026-01-15T10:00:00Z"),
  canceled_at: null,
  customer_id: null,
  customer_name: "Jane",
  cart_id: "cart_01SAMPLE",
  items: [
    { title: "Medusa T-Shirt – M", quantity: "2" },
    { title: "Medusa Sweatpants – L", quantity: "1" },
  ],
}

/**
 * The variables a template would get, from a real order (its latest
 * shipment's labels, latest refund) or from a sample order. Null when the
 * order does not exist.
 */
export async function previewVariables(
  container: MedusaContainer,
  key: TemplateKey,
  orderId?: string
): Promise<Record<string, string> | null> {
  const order = orderId ? await loadOrderFacts(container, orderId) : SAMPLE_ORDER
  if (!order) return null
  const storeName = await loadStoreName(container)
  const base = orderVariables(order, storeName)
  const sample = !orderId
  let extra: { labels: { tracking_number: string; tracking_url: string }[]; refund: string | null } = {
    labels: sample
      ? [{ tracking_number: "1Z999AA10123456784", tracking_url: "https://tracking.example.com/1Z999AA10123456784" }]
      : [],
    refund: sample ? "19.90" : null,
  }
  if (!sample && (key === "order_shipped" || key === "refund_issued")) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "fulfillments.shipped_at",
        "fulfillments.labels.tracking_number",
        "fulfillments.labels.tracking_url",
        "payment_collections.payments.refunds.amount",
        "payment_collections.payments.refunds.created_at",
      ],
      filters: { id: order.id },
    })
    const o: any = data[0] ?? {}
    const shipped = (o.fulfillments ?? [])
      .filter((f: any) => f.shipped_at)
      .sort((a: any, b: any) => String(b.shipped_at).localeCompare(String(a.shipped_at)))
    const refunds = (o.payment_collections ?? [])
      .flatMap((c: any) => c.payments ?? [])
      .flatMap((p: any) => p.refunds ?? [])
      .sort((a: any, b: any) => String(b.created_at).localeCompare(String(a.created_at)))
    extra = { labels: shipped[0]?.labels ?? [], refund: refunds[0] ? String(refunds[0].amount) : null }
  }
  switch (key) {
    case "order_confirmation":
      return { ...base, items_summary: itemsSummary(order) }
    case "order_shipped":
      return {
        ...base,
        tracking_numbers: extra.labels.map((l) => l.tracking_number).join(", "),
        tracking_links: extra.labels.map((l) => l.tracking_url).join("\n"),
      }
    case "refund_issued":
      return { ...base, refund_amount: formatMoney(extra.refund ?? order.total, order.currency_code) }
    case "payment_failed":
      return {
        customer_name: base.customer_name,
        email: base.email,
        order_id: order.id,
        order_display_id: base.order_display_id,
        cart_id: order.cart_id ?? "",
        amount: base.order_total,
        retry_url: retryUrl(order.cart_id),
        store_name: storeName,
      }
    default:
      return base
  }
}
