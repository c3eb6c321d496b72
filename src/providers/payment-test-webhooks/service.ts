import crypto from "crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { actionOf, parseBody, SIGNATURE_HEADER, verifySignature } from "./utils/webhook"

type Options = { webhook_secret?: string }

/**
 * A payment provider for tests and local development whose webhooks can
 * report any result, failures included. Payments authorise and capture at
 * once (like Medusa's system provider); webhooks are JSON bodies
 * `{ session_id, action, amount, error_message? }` signed with HMAC-SHA256
 * of the raw body in the `x-test-signature` header. Registered only when
 * TEST_TYPE starts with "integration" or ENABLE_TEST_PAYMENT_PROVIDER=true.
 */
class TestWebhooksPaymentProvider extends AbstractPaymentProvider<Options> {
  static identifier = "test-webhooks"

  protected logger_: Logger
  protected secret_: string

  constructor(container: { logger: Logger }, options: Options = {}) {
    super(container, options)
    this.logger_ = container.logger
    this.secret_ = options.webhook_secret || "test-webhook-secret"
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return {
      id: crypto.randomUUID(),
      data: { session_id: (input.data as any)?.session_id ?? null, currency_code: input.currency_code },
    }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { data: input.data ?? {}, status: PaymentSessionStatus.AUTHORIZED }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data ?? {} }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: input.data ?? {} }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return input.data ?? {}
  }

  async getPaymentStatus(_input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED }
  }

  /** Verifies the signature and maps the body's action; anything unsigned or malformed is NOT_SUPPORTED. */
  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const headers = (payload.headers ?? {}) as Record<string, unknown>
    if (!verifySignature(payload.rawData as string | Buffer | undefined, headers[SIGNATURE_HEADER], this.secret_)) {
      this.logger_.warn("test-webhooks: webhook with a missing or wrong signature ignored")
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    const body = parseBody(payload.data)
    if (!body) return { action: PaymentActions.NOT_SUPPORTED }
    const action = actionOf(body.action)
    if (action === PaymentActions.NOT_SUPPORTED) return { action }
    return {
      action,
      data: {
        session_id: body.session_id,
        amount: body.amount ?? 0,
        // Not part of Medusa's WebhookActionData; read by our payment-webhook-results subscriber.
        ...(body.error_message ? { error_message: body.error_message } : {}),
      } as WebhookActionResult["data"] & { error_message?: string },
    }
  }
}

export default TestWebhooksPaymentProvider
