import type { PaymentAttemptRow, TimelineEntryInput } from "../../../modules/order-timeline/types"
import { formatMoney } from "../../order-notifications/utils/format"

const LABEL = { failed: "failed", canceled: "was canceled", requires_more: "requires more action" } as const

/** The timeline entry of a payment attempt (same source key wherever it is recorded from). */
export function attemptEntry(
  attempt: PaymentAttemptRow & { order_id: string; error_message?: string | null; occurred_at?: Date | string }
): TimelineEntryInput {
  const amount = formatMoney(attempt.amount, attempt.currency_code)
  return {
    order_id: attempt.order_id,
    kind: `payment.${attempt.status}`,
    source_key: `payment.${attempt.status}:${attempt.id}`,
    occurred_at: attempt.occurred_at,
    amount: attempt.amount,
    currency_code: attempt.currency_code,
    actor: "system",
    summary: `Payment${amount ? ` of ${amount}` : ""} ${LABEL[attempt.status]} (${attempt.provider_id})${
      attempt.error_message ? `: ${attempt.error_message}` : ""
    }`,
    data: {
      payment_attempt_id: attempt.id,
      payment_session_id: attempt.payment_session_id,
      provider_id: attempt.provider_id,
    },
  }
}
