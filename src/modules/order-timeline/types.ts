import type { TIMELINE_KINDS } from "./models/order-timeline-entry"
import type { PaymentAttemptStatus } from "./events"
import type { TemplateKey } from "./utils/templates"

export type TimelineKind = (typeof TIMELINE_KINDS)[number]

export type TimelineEntryInput = {
  order_id: string
  kind: TimelineKind
  source_key: string
  occurred_at?: Date | string
  /** Decimal string or number in the currency's main unit. */
  amount?: string | number | null
  currency_code?: string | null
  actor?: string | null
  summary: string
  data?: Record<string, unknown> | null
}

export type PaymentAttemptInput = {
  provider_id: string
  attempt_key: string
  status: PaymentAttemptStatus
  payment_session_id: string
  payment_collection_id: string | null
  cart_id: string | null
  order_id: string | null
  amount: string | number | null
  currency_code: string | null
  error_message?: string | null
  occurred_at?: Date
  data?: Record<string, unknown> | null
}

export type PaymentAttemptRow = {
  id: string
  provider_id: string
  status: PaymentAttemptStatus
  payment_session_id: string
  payment_collection_id: string | null
  cart_id: string | null
  order_id: string | null
  amount: string | null
  currency_code: string | null
}

export type NotificationClaimInput = {
  idempotency_key: string
  template_key: TemplateKey
  source_key: string
  channel: string
  to: string | null
  order_id: string | null
  cart_id: string | null
}

export type NotificationTemplateRow = {
  id: string
  key: TemplateKey
  channel: string
  subject: string
  body: string
  enabled: boolean
  updated_by: string | null
  created_at: Date
  updated_at: Date
}
