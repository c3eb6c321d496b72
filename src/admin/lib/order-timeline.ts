/** Types and react-query keys of the order timeline and the notification templates. */

export type TimelineEntry = {
  id: string
  order_id: string
  kind: string
  occurred_at: string
  amount: number | string | null
  currency_code: string | null
  actor: string | null
  summary: string
  data: Record<string, unknown> | null
}

export type TimelineResponse = { timeline_entries: TimelineEntry[]; count: number; offset: number; limit: number }

export type NotificationTemplate = {
  id: string
  key: string
  channel: string
  subject: string
  body: string
  enabled: boolean
  updated_by: string | null
  updated_at: string
  variables: Record<string, string>
  default: { subject: string; body: string }
}

export type TemplatePreview = {
  key: string
  order_id: string | null
  sample: boolean
  subject: string
  body: string
  variables: Record<string, string>
}

export const orderTimelineKeys = {
  all: ["order-timeline"] as const,
  order: (orderId: string, page: { limit: number; offset: number }) =>
    [...orderTimelineKeys.all, orderId, page] as const,
}

export const notificationTemplateKeys = {
  all: ["notification-templates"] as const,
  list: () => [...notificationTemplateKeys.all, "list"] as const,
}

/** "payment.refunded" → "Payment refunded" */
export const kindLabel = (kind: string) => {
  const text = kind.replace(/[._]/g, " ")
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export const TEMPLATE_LABELS: Record<string, string> = {
  order_confirmation: "Order confirmation",
  order_shipped: "Order shipped",
  order_delivered: "Order delivered",
  order_canceled: "Order canceled",
  refund_issued: "Refund issued",
  payment_failed: "Payment failed",
}
