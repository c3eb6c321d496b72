import type { OrderFacts } from "../../order-timeline/utils/facts"
import { formatDate, formatMoney } from "./format"

/** The variables every order template may use (see TEMPLATE_VARIABLES). */
export function orderVariables(order: OrderFacts, storeName: string): Record<string, string> {
  return {
    customer_name: order.customer_name || order.email || "there",
    email: order.email ?? "",
    order_id: order.id,
    order_display_id: order.display_id === null ? "" : String(order.display_id),
    order_total: formatMoney(order.total, order.currency_code),
    order_date: formatDate(order.created_at),
    store_name: storeName,
  }
}

export function itemsSummary(order: OrderFacts) {
  return order.items.map((i) => `${i.quantity} × ${i.title}`).join("\n")
}
