import crypto from "crypto"
import { PaymentActions } from "@medusajs/framework/utils"

/** The webhook body this provider understands. */
export type TestWebhookBody = {
  session_id: string
  action: string
  /** Decimal string or number, main currency unit. */
  amount?: string | number
  /** Optional reason shown to the merchant (e.g. "card_declined"). */
  error_message?: string
}

export const SIGNATURE_HEADER = "x-test-signature"

/** Hex HMAC-SHA256 of the raw body with the shared secret. */
export function signBody(rawBody: string | Buffer, secret: string) {
  return crypto.createHmac("sha256", secret).update(rawBody).digest("hex")
}

export function verifySignature(rawBody: string | Buffer | undefined, signature: unknown, secret: string) {
  if (!rawBody || typeof signature !== "string" || !/^[0-9a-f]{64}$/i.test(signature)) return false
  const expected = Buffer.from(signBody(rawBody, secret), "hex")
  const given = Buffer.from(signature, "hex")
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}

const ACTIONS: Record<string, PaymentActions> = {
  authorized: PaymentActions.AUTHORIZED,
  captured: PaymentActions.SUCCESSFUL,
  successful: PaymentActions.SUCCESSFUL,
  pending: PaymentActions.PENDING,
  failed: PaymentActions.FAILED,
  canceled: PaymentActions.CANCELED,
  requires_more: PaymentActions.REQUIRES_MORE,
}

/** The Medusa action for a body's `action`; NOT_SUPPORTED for anything else. */
export function actionOf(action: unknown): PaymentActions {
  return (typeof action === "string" && ACTIONS[action]) || PaymentActions.NOT_SUPPORTED
}

/** A body with what the mapping needs, or null. */
export function parseBody(data: unknown): TestWebhookBody | null {
  if (!data || typeof data !== "object") return null
  const body = data as Record<string, unknown>
  if (typeof body.session_id !== "string" || !body.session_id || body.session_id.length > 200) return null
  if (typeof body.action !== "string") return null
  const amount = body.amount
  if (
    amount !== undefined &&
    !(typeof amount === "number" || (typeof amount === "string" && /^\d+(\.\d+)?$/.test(amount)))
  ) {
    return null
  }
  return {
    session_id: body.session_id,
    action: body.action,
    amount: amount as string | number | undefined,
    error_message: typeof body.error_message === "string" ? body.error_message.slice(0, 500) : undefined,
  }
}
