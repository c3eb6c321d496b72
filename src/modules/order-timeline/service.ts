import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import NotificationTemplate from "./models/notification-template"
import OrderNotificationDelivery from "./models/order-notification-delivery"
import OrderTimelineEntry from "./models/order-timeline-entry"
import PaymentAttempt from "./models/payment-attempt"
import type {
  NotificationClaimInput,
  NotificationTemplateRow,
  PaymentAttemptInput,
  PaymentAttemptRow,
  TimelineEntryInput,
} from "./types"
import { DEFAULT_TEMPLATES, TEMPLATE_KEYS, type TemplateKey } from "./utils/templates"
import { rawBigNumber, transactionOf } from "../../lib/sql"

const WRITES = "Order timeline writes"

/**
 * The order timeline, payment attempts Medusa's webhook handler drops,
 * customer notification templates and the claims that make each customer
 * notification go out once.
 *
 * Every write is keyed by its source (a unique `source_key`, attempt key or
 * idempotency key) and inserted with ON CONFLICT DO NOTHING, so the same
 * event handled again changes nothing.
 */
class OrderTimelineModuleService extends MedusaService({
  NotificationTemplate,
  OrderNotificationDelivery,
  OrderTimelineEntry,
  PaymentAttempt,
}) {
  /** Inserts the entries not recorded yet; returns the ids of the new ones. */
  @InjectTransactionManager()
  async recordTimelineEntries(
    entries: TimelineEntryInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; source_key: string }[]> {
    if (!entries.length) return []
    const knex = transactionOf(sharedContext, WRITES)
    const now = new Date()
    return knex("order_timeline_entry")
      .insert(
        entries.map((e) => ({
          id: generateEntityId(undefined, "otle"),
          order_id: e.order_id,
          kind: e.kind,
          source_key: e.source_key.slice(0, 500),
          occurred_at: e.occurred_at ? new Date(e.occurred_at) : now,
          amount: e.amount ?? null,
          raw_amount: e.amount === null || e.amount === undefined ? null : rawBigNumber(e.amount),
          currency_code: e.currency_code ?? null,
          actor: e.actor ?? null,
          summary: e.summary.slice(0, 1000),
          data: e.data ? JSON.stringify(e.data) : null,
          created_at: now,
          updated_at: now,
        }))
      )
      .onConflict(knex.raw("(source_key) WHERE deleted_at IS NULL"))
      .ignore()
      .returning(["id", "source_key"])
  }

  /**
   * Records a payment attempt once per (provider, attempt key). Returns the
   * row and whether this call inserted it (only then is its event emitted).
   */
  @InjectTransactionManager()
  async recordPaymentAttempt(
    input: PaymentAttemptInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ attempt: PaymentAttemptRow; created: boolean }> {
    const knex = transactionOf(sharedContext, WRITES)
    const now = new Date()
    const columns = [
      "id",
      "provider_id",
      "status",
      "payment_session_id",
      "payment_collection_id",
      "cart_id",
      "order_id",
      "amount",
      "currency_code",
    ]
    const inserted = await knex("payment_attempt")
      .insert({
        id: generateEntityId(undefined, "payatt"),
        provider_id: input.provider_id,
        attempt_key: input.attempt_key.slice(0, 500),
        status: input.status,
        payment_session_id: input.payment_session_id,
        payment_collection_id: input.payment_collection_id,
        cart_id: input.cart_id,
        order_id: input.order_id,
        amount: input.amount,
        raw_amount: input.amount === null ? null : rawBigNumber(input.amount),
        currency_code: input.currency_code,
        error_message: input.error_message ? input.error_message.slice(0, 2000) : null,
        occurred_at: input.occurred_at ?? now,
        data: input.data ? JSON.stringify(input.data) : null,
        created_at: now,
        updated_at: now,
      })
      .onConflict(knex.raw("(provider_id, attempt_key) WHERE deleted_at IS NULL"))
      .ignore()
      .returning(columns)
    if (inserted.length) return { attempt: normalizeAttempt(inserted[0]), created: true }
    const existing = await knex("payment_attempt")
      .where({ provider_id: input.provider_id, attempt_key: input.attempt_key.slice(0, 500) })
      .whereNull("deleted_at")
      .first(columns)
    return { attempt: normalizeAttempt(existing), created: false }
  }

  /**
   * Gives the attempts of a cart their order once the cart became one.
   * Returns every attempt of the cart and the ids this call linked.
   */
  @InjectTransactionManager()
  async linkPaymentAttemptsToOrder(
    cartId: string,
    orderId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{
    attempts: (PaymentAttemptRow & { error_message: string | null; occurred_at: Date })[]
    linked_ids: string[]
  }> {
    const knex = transactionOf(sharedContext, WRITES)
    const linked = await knex("payment_attempt")
      .where({ cart_id: cartId })
      .whereNull("order_id")
      .whereNull("deleted_at")
      .update({ order_id: orderId, updated_at: new Date() })
      .returning("id")
    const rows = await knex("payment_attempt")
      .where({ cart_id: cartId, order_id: orderId })
      .whereNull("deleted_at")
      .orderBy("occurred_at", "asc")
    return {
      attempts: rows.map((r: any) => ({
        ...normalizeAttempt(r),
        error_message: r.error_message,
        occurred_at: r.occurred_at,
      })),
      linked_ids: linked.map((r: { id: string }) => r.id),
    }
  }

  /**
   * Claims customer notifications by idempotency key: returns the claims this
   * call created, or that failed before and may be retried. Anything already
   * pending or sent is not returned, so it is never sent twice.
   */
  @InjectTransactionManager()
  async claimNotifications(
    claims: NotificationClaimInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; idempotency_key: string }[]> {
    if (!claims.length) return []
    const knex = transactionOf(sharedContext, WRITES)
    const now = new Date()
    return knex("order_notification_delivery")
      .insert(
        claims.map((c) => ({
          id: generateEntityId(undefined, "ondl"),
          ...c,
          idempotency_key: c.idempotency_key.slice(0, 500),
          source_key: c.source_key.slice(0, 500),
          status: "pending",
          attempts: 1,
          created_at: now,
          updated_at: now,
        }))
      )
      .onConflict(knex.raw("(idempotency_key) WHERE deleted_at IS NULL"))
      .merge({ status: "pending", attempts: knex.raw("order_notification_delivery.attempts + 1"), updated_at: now })
      .where("order_notification_delivery.status", "failed")
      .returning(["id", "idempotency_key"])
  }

  @InjectTransactionManager()
  async markNotification(
    id: string,
    outcome: { status: "sent" | "failed" | "skipped"; notification_id?: string | null; error?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, WRITES)
    await knex("order_notification_delivery")
      .where({ id })
      .update({
        status: outcome.status,
        notification_id: outcome.notification_id ?? null,
        last_error: outcome.error ? outcome.error.slice(0, 2000) : null,
        sent_at: outcome.status === "sent" ? new Date() : null,
        updated_at: new Date(),
      })
  }

  /** All templates, with the defaults inserted for any key still absent (read first: every notification lists them). */
  @InjectTransactionManager()
  async listTemplates(@MedusaContext() sharedContext: Context = {}): Promise<NotificationTemplateRow[]> {
    const knex = transactionOf(sharedContext, WRITES)
    const read = (): Promise<NotificationTemplateRow[]> =>
      knex("notification_template").whereNull("deleted_at").select("*")
    let rows = await read()
    const missing = TEMPLATE_KEYS.filter((key) => !rows.some((row) => row.key === key))
    if (missing.length) {
      await this.seedTemplates_(knex, missing)
      rows = await read()
    }
    return rows.sort((a, b) => TEMPLATE_KEYS.indexOf(a.key) - TEMPLATE_KEYS.indexOf(b.key))
  }

  @InjectTransactionManager()
  async getTemplate(key: TemplateKey, @MedusaContext() sharedContext: Context = {}): Promise<NotificationTemplateRow> {
    const knex = transactionOf(sharedContext, WRITES)
    const read = () => knex("notification_template").where({ key }).whereNull("deleted_at").first()
    const row = await read()
    if (row) return row
    await this.seedTemplates_(knex, [key])
    return read()
  }

  /** Updates one template (validated by the caller); returns the row before and after. */
  @InjectTransactionManager()
  async updateTemplate(
    key: TemplateKey,
    data: Partial<Pick<NotificationTemplateRow, "subject" | "body" | "enabled" | "channel">>,
    actor: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ before: NotificationTemplateRow; after: NotificationTemplateRow }> {
    const knex = transactionOf(sharedContext, WRITES)
    await this.seedTemplates_(knex, [key])
    const before = await knex("notification_template").where({ key }).whereNull("deleted_at").forUpdate().first()
    const [after] = await knex("notification_template")
      .where({ id: before.id })
      .update({ ...data, updated_by: actor, updated_at: new Date() })
      .returning("*")
    return { before, after }
  }

  /** Puts a template back as it was (the update's compensation). */
  @InjectTransactionManager()
  async restoreTemplate(row: NotificationTemplateRow, @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, WRITES)
    await knex("notification_template").where({ id: row.id }).update({
      subject: row.subject,
      body: row.body,
      enabled: row.enabled,
      channel: row.channel,
      updated_by: row.updated_by,
      updated_at: new Date(),
    })
  }

  // ── internals ──────────────────────────────────────────────────────────

  private async seedTemplates_(knex: any, keys: readonly TemplateKey[] = TEMPLATE_KEYS) {
    const now = new Date()
    await knex("notification_template")
      .insert(
        keys.map((key) => ({
          id: generateEntityId(undefined, "ntpl"),
          key,
          channel: "email",
          subject: DEFAULT_TEMPLATES[key].subject,
          body: DEFAULT_TEMPLATES[key].body,
          enabled: true,
          created_at: now,
          updated_at: now,
        }))
      )
      .onConflict(knex.raw("(key) WHERE deleted_at IS NULL"))
      .ignore()
  }
}

function normalizeAttempt(row: any): PaymentAttemptRow {
  return {
    id: row.id,
    provider_id: row.provider_id,
    status: row.status,
    payment_session_id: row.payment_session_id,
    payment_collection_id: row.payment_collection_id ?? null,
    cart_id: row.cart_id ?? null,
    order_id: row.order_id ?? null,
    amount: row.amount === null || row.amount === undefined ? null : String(row.amount),
    currency_code: row.currency_code ?? null,
  }
}

export default OrderTimelineModuleService
