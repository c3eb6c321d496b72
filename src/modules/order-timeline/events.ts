/**
 * Events this module's workflows emit. H7's exception inbox subscribes to
 * them. Each is emitted once per recorded payment attempt (only when the
 * attempt row was newly inserted).
 */
export const PaymentAttemptEvents = {
  FAILED: "payment_attempt.failed",
  CANCELED: "payment_attempt.canceled",
  REQUIRES_MORE: "payment_attempt.requires_more",
} as const

export type PaymentAttemptStatus = "failed" | "canceled" | "requires_more"

export type PaymentAttemptEventData = {
  id: string
  order_id: string | null
  cart_id: string | null
  payment_collection_id: string | null
  provider_id: string
  status: PaymentAttemptStatus
  /** Decimal string in the currency's main unit, as Medusa stores amounts. */
  amount: string | null
  currency_code: string | null
}

export const paymentAttemptEventName = (status: PaymentAttemptStatus) =>
  status === "failed"
    ? PaymentAttemptEvents.FAILED
    : status === "canceled"
      ? PaymentAttemptEvents.CANCELED
      : PaymentAttemptEvents.REQUIRES_MORE
