import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { chunks, rawBigNumber, transactionOf } from "../../lib/sql"
import OrderExceptionCase from "./models/order-exception-case"
import OrderExceptionNote from "./models/order-exception-note"
import OrderExceptionOccurrence from "./models/order-exception-occurrence"
import OrderExceptionSetting from "./models/order-exception-setting"
import OrderFraudAssessment from "./models/order-fraud-assessment"
import type {
  ActiveCaseRef,
  CaseAction,
  CaseStatus,
  FraudReason,
  FraudRules,
  OrderExceptionSettings,
  RaiseCaseInput,
} from "./types"
import { ACTIVE_STATUSES } from "./types"
import { canTransition, SEVERITY_RANK } from "./utils/cases"
import { mergeFraudRules } from "./utils/fraud"

const WRITES = "Order exception writes"
const TABLE = "order_exception_case"
const ACTIVE_SQL = "status IN ('open', 'in_progress') AND deleted_at IS NULL"

export type SettingsUpdate = Partial<Omit<OrderExceptionSettings, "id" | "fraud_rules">> & {
  fraud_rules?: { [K in keyof FraudRules]?: Partial<FraudRules[K]> }
}

export type RaiseResult = { created: string[]; updated: string[]; skipped: number }

export type ActionOutcome = {
  action: CaseAction
  status: "succeeded" | "failed"
  error: string | null
  at: string
  by: string
  result?: Record<string, unknown>
}

type CaseRow = {
  id: string
  type: string
  status: CaseStatus
  cause_key: string
  severity: string
  assignee: string | null
  pending_action: string | null
}

/**
 * The exception inbox: cases, their log, the occurrences that raised them,
 * fraud assessments and the settings. Orders, payments and stock stay in
 * Medusa's modules; the workflows read them and hand this service facts.
 */
class OrderExceptionModuleService extends MedusaService({
  OrderExceptionCase,
  OrderExceptionNote,
  OrderExceptionOccurrence,
  OrderExceptionSetting,
  OrderFraudAssessment,
}) {
  @InjectTransactionManager()
  async getSettings(@MedusaContext() sharedContext: Context = {}): Promise<OrderExceptionSettings> {
    return this.toSettings_(await this.ensureSettings_(transactionOf(sharedContext, WRITES)))
  }

  /** Changes the settings; fraud rules are merged rule by rule and field by field. */
  @InjectTransactionManager()
  async updateSettings(data: SettingsUpdate, @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, WRITES)
    const row = await this.ensureSettings_(knex, true)
    const { fraud_rules, ...rest } = data
    const update: Record<string, unknown> = { ...rest, updated_at: new Date() }
    if (fraud_rules) {
      const stored = (row.fraud_rules ?? {}) as Record<string, Record<string, unknown>>
      const next: Record<string, Record<string, unknown>> = { ...stored }
      for (const [rule, patch] of Object.entries(fraud_rules)) {
        if (patch) next[rule] = { ...(stored[rule] ?? {}), ...patch }
      }
      update.fraud_rules = JSON.stringify(next)
    }
    const [saved] = await knex("order_exception_setting").where({ id: row.id }).update(update).returning("*")
    return this.toSettings_(saved)
  }

  /** The raw stored settings row (fraud rules as the merchant changed them): for compensation. */
  @InjectTransactionManager()
  async getStoredSettings(@MedusaContext() sharedContext: Context = {}) {
    return this.ensureSettings_(transactionOf(sharedContext, WRITES))
  }

  @InjectTransactionManager()
  async restoreSettings(row: Record<string, any>, @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, WRITES)
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { id, created_at, deleted_at, scope, ...values } = row
    await knex("order_exception_setting")
      .where({ id })
      .update({
        ...values,
        fraud_rules: values.fraud_rules == null ? null : JSON.stringify(values.fraud_rules),
        updated_at: new Date(),
      })
  }

  /**
   * Raises cases. Each input first claims its `source_key` (one row per
   * triggering fact): a source already claimed changes nothing. A new source
   * for a cause that has an active case adds an occurrence to it; otherwise a
   * new case opens. The partial unique index on `cause_key` keeps one active
   * case per cause even when two raises race.
   */
  @InjectTransactionManager()
  async raiseCases(inputs: RaiseCaseInput[], @MedusaContext() sharedContext: Context = {}): Promise<RaiseResult> {
    const knex = transactionOf(sharedContext, WRITES)
    const result: RaiseResult = { created: [], updated: [], skipped: 0 }
    const now = new Date()
    for (const input of inputs) {
      const [claim] = await knex("order_exception_occurrence")
        .insert({
          id: generateEntityId(undefined, "oexo"),
          source_key: input.source_key,
          type: input.type,
          occurred_at: now,
          data: JSON.stringify(input.data ?? {}),
          created_at: now,
          updated_at: now,
        })
        .onConflict(knex.raw("(source_key) WHERE deleted_at IS NULL"))
        .ignore()
        .returning("id")
      if (!claim) {
        result.skipped++
        continue
      }
      const [inserted] = await knex(TABLE)
        .insert({
          id: generateEntityId(undefined, "oexc"),
          type: input.type,
          cause_key: input.cause_key,
          severity: input.severity,
          status: "open",
          order_id: input.order_id ?? null,
          cart_id: input.cart_id ?? null,
          payment_collection_id: input.payment_collection_id ?? null,
          email: input.email ?? null,
          customer_id: input.customer_id ?? null,
          currency_code: input.currency_code ?? null,
          summary: input.summary,
          opened_at: now,
          last_seen_at: now,
          occurrences: 1,
          data: JSON.stringify(input.data ?? {}),
          created_at: now,
          updated_at: now,
        })
        .onConflict(knex.raw(`(cause_key) WHERE ${ACTIVE_SQL}`))
        .ignore()
        .returning("id")
      let caseId: string
      if (inserted) {
        caseId = inserted.id
        result.created.push(caseId)
      } else {
        const existing = await knex(TABLE)
          .where({ cause_key: input.cause_key })
          .whereIn("status", ACTIVE_STATUSES)
          .whereNull("deleted_at")
          .forUpdate()
          .first("id", "severity")
        if (!existing)
          throw new MedusaError(MedusaError.Types.CONFLICT, `Case for ${input.cause_key} changed meanwhile`)
        caseId = existing.id
        const severity =
          SEVERITY_RANK[input.severity] > SEVERITY_RANK[existing.severity as keyof typeof SEVERITY_RANK]
            ? input.severity
            : existing.severity
        await knex(TABLE)
          .where({ id: caseId })
          .update({
            occurrences: knex.raw("occurrences + 1"),
            last_seen_at: now,
            severity,
            summary: input.summary,
            order_id: knex.raw("COALESCE(order_id, ?)", [input.order_id ?? null]),
            data: knex.raw("COALESCE(data, '{}'::jsonb) || ?::jsonb", [JSON.stringify(input.data ?? {})]),
            updated_at: now,
          })
        result.updated.push(caseId)
      }
      await knex("order_exception_occurrence").where({ id: claim.id }).update({ case_id: caseId })
    }
    return result
  }

  /** Active cases of these orders, and of their carts and payment collections (raised before the order existed). */
  @InjectTransactionManager()
  async listActiveCasesFor(
    refs: { order_ids?: string[]; cart_ids?: string[]; payment_collection_ids?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ActiveCaseRef[]> {
    const knex = transactionOf(sharedContext, WRITES)
    const orderIds = refs.order_ids ?? []
    const cartIds = refs.cart_ids ?? []
    const collectionIds = refs.payment_collection_ids ?? []
    if (!orderIds.length && !cartIds.length && !collectionIds.length) return []
    return knex(TABLE)
      .whereIn("status", ACTIVE_STATUSES)
      .whereNull("deleted_at")
      .where((q: any) => {
        if (orderIds.length) q.orWhereIn("order_id", orderIds)
        if (cartIds.length) q.orWhereIn("cart_id", cartIds)
        if (collectionIds.length) q.orWhereIn("payment_collection_id", collectionIds)
      })
      .select("id", "type", "cause_key", "order_id", "cart_id", "payment_collection_id")
  }

  /** Cases raised for a cart or payment collection before it became this order get the order id. */
  @InjectTransactionManager()
  async linkCasesToOrder(
    link: { order_id: string; cart_id: string | null; payment_collection_ids: string[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, WRITES)
    if (!link.cart_id && !link.payment_collection_ids.length) return 0
    return knex(TABLE)
      .whereNull("order_id")
      .whereNull("deleted_at")
      .where((q: any) => {
        if (link.cart_id) q.orWhere("cart_id", link.cart_id)
        if (link.payment_collection_ids.length) q.orWhereIn("payment_collection_id", link.payment_collection_ids)
      })
      .update({ order_id: link.order_id, updated_at: new Date() })
  }

  /**
   * Closes cases whose cause is gone. A case with an action running is
   * credited to it ("action:<name>"), any other gets "auto". Cases no longer
   * active are left alone. Returns the cases closed.
   */
  @InjectTransactionManager()
  async resolveCasesAutomatically(
    items: { id: string; reason: string }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; resolution: string }[]> {
    const knex = transactionOf(sharedContext, WRITES)
    const closed: { id: string; resolution: string }[] = []
    const now = new Date()
    for (const item of items) {
      const [row] = await knex(TABLE)
        .where({ id: item.id })
        .whereIn("status", ACTIVE_STATUSES)
        .whereNull("deleted_at")
        .update({
          status: "resolved",
          resolved_at: now,
          resolved_by: "system",
          resolution: knex.raw("COALESCE('action:' || pending_action, 'auto')"),
          updated_at: now,
        })
        .returning(["id", "resolution"])
      if (!row) continue
      closed.push(row)
      await this.insertNote_(knex, row.id, "system", "system", `Resolved (${row.resolution}): ${item.reason}`, {
        resolution: row.resolution,
      })
    }
    return closed
  }

  /**
   * Moves one case to another status, checking the transition is allowed
   * (400 otherwise, nothing written). Reopening needs the cause to have no
   * other active case.
   */
  @InjectTransactionManager()
  async transitionCase(
    input: { id: string; to: CaseStatus; actor: string; note?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, WRITES)
    const current = await this.lockCase_(knex, input.id)
    if (!canTransition(current.status, input.to)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A case cannot move from ${current.status} to ${input.to}`)
    }
    if (input.to === "open" && !ACTIVE_STATUSES.includes(current.status)) {
      const other = await knex(TABLE)
        .where({ cause_key: current.cause_key })
        .whereIn("status", ACTIVE_STATUSES)
        .whereNot({ id: current.id })
        .whereNull("deleted_at")
        .first("id")
      if (other) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Case ${other.id} is already open for the same cause; it cannot be reopened`
        )
      }
    }
    const now = new Date()
    const closing = input.to === "resolved" || input.to === "dismissed"
    const [row] = await knex(TABLE)
      .where({ id: current.id })
      .update({
        status: input.to,
        resolved_at: closing ? now : null,
        resolved_by: closing ? input.actor : null,
        resolution: input.to === "resolved" ? "manual" : input.to === "dismissed" ? "dismissed" : null,
        pending_action: closing ? null : current.pending_action,
        updated_at: now,
      })
      .returning("*")
    await this.insertNote_(
      knex,
      current.id,
      "status",
      input.actor,
      input.note ? `${current.status} → ${input.to}: ${input.note}` : `${current.status} → ${input.to}`,
      { from: current.status, to: input.to }
    )
    return { case: row, previous: { status: current.status } }
  }

  /** Resolves or dismisses many cases; cases no longer active are skipped. Returns the cases changed. */
  @InjectTransactionManager()
  async closeCases(
    input: { ids: string[]; to: "resolved" | "dismissed"; actor: string; note?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, WRITES)
    const now = new Date()
    const changed: { id: string; status: string; previous_status: string }[] = []
    for (const part of chunks(input.ids, 500)) {
      const { rows } = await knex.raw(
        `UPDATE ${TABLE} c SET status = ?, resolved_at = ?, resolved_by = ?, resolution = ?, pending_action = NULL, updated_at = ?
         FROM (SELECT id, status AS previous_status FROM ${TABLE}
               WHERE id = ANY(?) AND ${ACTIVE_SQL} FOR UPDATE) p
         WHERE c.id = p.id
         RETURNING c.id, c.status, p.previous_status`,
        [input.to, now, input.actor, input.to === "resolved" ? "manual" : "dismissed", now, part]
      )
      changed.push(...rows)
    }
    for (const row of changed) {
      await this.insertNote_(
        knex,
        row.id,
        "status",
        input.actor,
        input.note ? `${row.previous_status} → ${input.to}: ${input.note}` : `${row.previous_status} → ${input.to}`,
        { from: row.previous_status, to: input.to, bulk: true }
      )
    }
    return changed
  }

  /** Puts cases back as they were (compensation of a status change). */
  @InjectTransactionManager()
  async restoreCases(rows: Record<string, any>[], @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, WRITES)
    for (const row of rows) {
      const { id, ...values } = row
      await knex(TABLE)
        .where({ id })
        .update({ ...values, updated_at: new Date() })
    }
  }

  @InjectTransactionManager()
  async assignCase(
    input: { id: string; assignee: string | null; actor: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, WRITES)
    const current = await this.lockCase_(knex, input.id)
    if (current.assignee === input.assignee) return { case: current, previous: { assignee: current.assignee } }
    const [row] = await knex(TABLE)
      .where({ id: current.id })
      .update({ assignee: input.assignee, updated_at: new Date() })
      .returning("*")
    await this.insertNote_(
      knex,
      current.id,
      "assignment",
      input.actor,
      input.assignee ? `Assigned to ${input.assignee}` : "Unassigned",
      { from: current.assignee, to: input.assignee }
    )
    return { case: row, previous: { assignee: current.assignee } }
  }

  @InjectTransactionManager()
  async addNote(
    input: { case_id: string; author: string; body: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, WRITES)
    await this.lockCase_(knex, input.case_id)
    return this.insertNote_(knex, input.case_id, "note", input.author, input.body, null)
  }

  @InjectTransactionManager()
  async deleteNotes(ids: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!ids.length) return
    await transactionOf(sharedContext, WRITES)("order_exception_note").whereIn("id", ids).delete()
  }

  /**
   * Marks an action as running on an active case (400 when the case is
   * closed, or another action is running). A resolution while it runs is
   * credited to the action.
   */
  @InjectTransactionManager()
  async beginAction(
    input: { id: string; action: CaseAction; actor: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, WRITES)
    const current = await this.lockCase_(knex, input.id)
    if (!ACTIVE_STATUSES.includes(current.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Case ${current.id} is ${current.status}: reopen it first`)
    }
    if (current.pending_action) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Action ${current.pending_action} is already running on case ${current.id}`
      )
    }
    await knex(TABLE).where({ id: current.id }).update({ pending_action: input.action, updated_at: new Date() })
    return current
  }

  /** Records an action's outcome on the case (success or the error) and clears the running mark. */
  @InjectTransactionManager()
  async finishAction(input: { id: string; outcome: ActionOutcome }, @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, WRITES)
    const { outcome } = input
    const [row] = await knex(TABLE)
      .where({ id: input.id })
      .update({ pending_action: null, last_action: JSON.stringify(outcome), updated_at: new Date() })
      .returning("*")
    await this.insertNote_(
      knex,
      input.id,
      "action",
      outcome.by,
      outcome.status === "succeeded" ? `${outcome.action} succeeded` : `${outcome.action} failed: ${outcome.error}`,
      outcome as unknown as Record<string, unknown>
    )
    return row
  }

  /**
   * Stores an order's fraud assessment, once: a redelivered order.placed
   * keeps the first one. Returns the stored row and whether it is new.
   */
  @InjectTransactionManager()
  async recordAssessment(
    input: {
      order_id: string
      customer_id: string | null
      email: string | null
      currency_code: string
      order_total: string
      score: number
      reasons: FraudReason[]
      threshold: number
    },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, WRITES)
    const now = new Date()
    const [inserted] = await knex("order_fraud_assessment")
      .insert({
        id: generateEntityId(undefined, "ofra"),
        ...input,
        reasons: JSON.stringify(input.reasons),
        raw_order_total: rawBigNumber(input.order_total),
        flagged: input.score >= input.threshold,
        assessed_at: now,
        created_at: now,
        updated_at: now,
      })
      .onConflict(knex.raw("(order_id) WHERE deleted_at IS NULL"))
      .ignore()
      .returning("*")
    if (inserted) return { assessment: inserted, created: true }
    const existing = await knex("order_fraud_assessment")
      .where({ order_id: input.order_id })
      .whereNull("deleted_at")
      .first()
    return { assessment: existing, created: false }
  }

  /** The store's average order value in one currency since a date (from assessed orders), excluding one order. */
  @InjectTransactionManager()
  async averageOrderValue(
    input: { currency_code: string; since: Date; exclude_order_id?: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ value: string; sample: number } | null> {
    const knex = transactionOf(sharedContext, WRITES)
    const {
      rows: [row],
    } = await knex.raw(
      `SELECT AVG(order_total)::text AS value, COUNT(*)::int AS sample FROM order_fraud_assessment
       WHERE currency_code = ? AND assessed_at >= ? AND order_id <> ? AND deleted_at IS NULL`,
      [input.currency_code, input.since, input.exclude_order_id ?? ""]
    )
    return row && row.sample > 0 ? { value: row.value, sample: row.sample } : null
  }

  /** Failed payments recorded for an e-mail or customer since a date (occurrences of payment_failed cases). */
  @InjectTransactionManager()
  async countFailedPayments(
    input: { email: string | null; customer_id: string | null; since: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const knex = transactionOf(sharedContext, WRITES)
    if (!input.email && !input.customer_id) return 0
    const {
      rows: [row],
    } = await knex.raw(
      `SELECT COUNT(*)::int AS n FROM order_exception_occurrence o
       JOIN order_exception_case c ON c.id = o.case_id
       WHERE o.type = 'payment_failed' AND o.occurred_at >= ? AND o.deleted_at IS NULL
         AND ((?::text IS NOT NULL AND lower(c.email) = lower(?)) OR (?::text IS NOT NULL AND c.customer_id = ?))`,
      [input.since, input.email, input.email, input.customer_id, input.customer_id]
    )
    return row?.n ?? 0
  }

  /**
   * Orders the scan should look at after `after` (keyset by id): orders with
   * an active case. Orders placed recently come from the Order Module.
   */
  @InjectTransactionManager()
  async listOrdersWithActiveCases(after: string | null, limit: number, @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, WRITES)
    const { rows } = await knex.raw(
      `SELECT DISTINCT order_id FROM ${TABLE} WHERE ${ACTIVE_SQL} AND order_id IS NOT NULL
       AND (?::text IS NULL OR order_id > ?) ORDER BY order_id LIMIT ?`,
      [after, after, limit]
    )
    return rows.map((r: { order_id: string }) => r.order_id) as string[]
  }

  /** Orders with an active oversold case on one of these inventory items (to close it once stock is back). */
  @InjectTransactionManager()
  async listOrdersOversoldOn(inventoryItemIds: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!inventoryItemIds.length) return []
    const knex = transactionOf(sharedContext, WRITES)
    const { rows } = await knex.raw(
      `SELECT DISTINCT order_id FROM ${TABLE}
       WHERE type = 'oversold' AND ${ACTIVE_SQL} AND order_id IS NOT NULL
         AND EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(data->'reservations', '[]'::jsonb)) r
                     WHERE r->>'inventory_item_id' = ANY(?))`,
      [inventoryItemIds]
    )
    return rows.map((r: { order_id: string }) => r.order_id) as string[]
  }

  // ── internals ──────────────────────────────────────────────────────────

  private async lockCase_(knex: any, id: string): Promise<CaseRow> {
    const row = await knex(TABLE).where({ id }).whereNull("deleted_at").forUpdate().first()
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order exception case ${id} was not found`)
    return row
  }

  private async insertNote_(
    knex: any,
    caseId: string,
    kind: string,
    author: string,
    body: string,
    data: Record<string, unknown> | null
  ) {
    const now = new Date()
    const [note] = await knex("order_exception_note")
      .insert({
        id: generateEntityId(undefined, "oexn"),
        case_id: caseId,
        kind,
        author,
        body: body.slice(0, 4000),
        data: data ? JSON.stringify(data) : null,
        created_at: now,
        updated_at: now,
      })
      .returning("*")
    return note
  }

  private async ensureSettings_(knex: any, lock = false) {
    const select = () => {
      const q = knex("order_exception_setting").where({ scope: "store" }).whereNull("deleted_at")
      return (lock ? q.forUpdate() : q).first()
    }
    const existing = await select()
    if (existing) return existing
    await knex("order_exception_setting")
      .insert({
        id: generateEntityId(undefined, "oexs"),
        scope: "store",
        created_at: new Date(),
        updated_at: new Date(),
      })
      .onConflict(knex.raw("(scope) WHERE deleted_at IS NULL"))
      .ignore()
    return select()
  }

  private toSettings_(row: any): OrderExceptionSettings {
    return {
      id: row.id,
      authorized_capture_hours: row.authorized_capture_hours,
      unfulfilled_days: row.unfulfilled_days,
      undelivered_days: row.undelivered_days,
      fraud_threshold: row.fraud_threshold,
      scan_window_days: row.scan_window_days,
      fraud_rules: mergeFraudRules(row.fraud_rules),
    }
  }
}

export default OrderExceptionModuleService
