import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import CouponBatch from "./models/coupon-batch"
import CouponCode from "./models/coupon-code"
import CouponRedemption from "./models/coupon-redemption"
import LoyaltyAccount from "./models/loyalty-account"
import LoyaltyEntry from "./models/loyalty-entry"
import LoyaltyReservation from "./models/loyalty-reservation"
import LoyaltyRule from "./models/loyalty-rule"
import type { LoyaltyTier, PostEntryInput, PostEntryResult } from "./types"
import { normalizeCode, randomCodes } from "./utils/codes"
import { allocateFifo, pointsValue, tierFor } from "./utils/points"
import { groupCommit } from "../../lib/group-commit"
import { bulkEntityIds, entityId } from "../../lib/ids"
import { rawBigNumber, transactionOf } from "../../lib/sql"

type AccountRow = {
  id: string
  customer_id: string
  points_available: number
  points_pending: number
  points_debt: number
  points_reserved: number
}

export type ReserveInput = {
  cart_id: string
  customer_id: string
  points: number
  amount: string
  currency_code: string
  promotion_id: string
  promotion_code: string
}

export type ReconcileMismatch = {
  account_id: string
  customer_id: string
  points_available: number
  points_pending: number
  points_debt: number
  ledger_sum: number
  available_lots: number
  pending_lots: number
}

/**
 * Creates the customers' accounts where needed and row-locks them (DO
 * UPDATE), in the order given, until the transaction ends either way.
 * Bindings: new account ids, customer ids.
 */
const LOCK_ACCOUNTS_SQL = `INSERT INTO loyalty_account (id, customer_id, points_available, points_pending, points_debt, points_reserved, lifetime_earned, created_at, updated_at)
  SELECT t.id, t.customer_id, 0, 0, 0, 0, 0, now(), now()
    FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS t(id, customer_id, n) ORDER BY t.n
  ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO UPDATE SET customer_id = EXCLUDED.customer_id
  RETURNING id, customer_id, points_available, points_pending, points_debt, points_reserved`

/** loyalty_entry's columns as entryRow fills them, and their types in a jsonb_to_recordset of such rows. */
const ENTRY_COLUMNS: [string, string][] = [
  ["id", "text"],
  ["account_id", "text"],
  ["customer_id", "text"],
  ["kind", "text"],
  ["points", "int"],
  ["source", "text"],
  ["source_id", "text"],
  ["order_id", "text"],
  ["actor", "text"],
  ["reason", "text"],
  ["amount", "numeric"],
  ["raw_amount", "jsonb"],
  ["currency_code", "text"],
  ["lot_status", "text"],
  ["remaining", "int"],
  ["available_at", "timestamptz"],
  ["expires_at", "timestamptz"],
  ["metadata", "jsonb"],
  ["created_at", "timestamptz"],
  ["updated_at", "timestamptz"],
]
// entryRow keeps the jsonb columns as JSON text (for knex), so the record set reads them as text.
const ENTRY_RECORD = ENTRY_COLUMNS.map(([name, type]) => `${name} ${type === "jsonb" ? "text" : type}`).join(", ")
const ENTRY_SELECT = ENTRY_COLUMNS.map(([name, type]) => (type === "jsonb" ? `${name}::jsonb` : name)).join(", ")

/** Concurrent postEntries calls made outside a transaction, posted in one (see postEntries). */
const postTogether = groupCommit<
  PostEntryInput[],
  Map<PostEntryInput[], PostEntryResult[]>,
  LoyaltyPointsModuleService
>((service, calls) => service.postEntriesOfCalls_(calls), { maxBatch: 200 })

class LoyaltyPointsModuleService extends MedusaService({
  CouponBatch,
  CouponCode,
  CouponRedemption,
  LoyaltyAccount,
  LoyaltyEntry,
  LoyaltyReservation,
  LoyaltyRule,
}) {
  /** The module's MikroORM entity manager (its knex runs the bulk credit path's own transactions). */
  protected readonly manager_: { getKnex(): any }

  constructor(container: Record<string, unknown>, ...rest: unknown[]) {
    // MedusaService takes the container and the module options
    super(container, ...rest)
    this.manager_ = container.manager as { getKnex(): any }
  }

  /**
   * Posts one ledger entry and moves the account's balances with it, in one
   * transaction under a row lock on the account:
   * - the same (kind, source, source_id) posted again changes nothing;
   * - positive points create a lot (pending until `available_at`) and pay off debt first;
   * - negative points consume lots first-in-first-out; what the balance cannot
   *   cover is refused, or recorded as debt when `allow_debt` is set.
   */
  async postEntry(input: PostEntryInput, sharedContext: Context = {}): Promise<PostEntryResult> {
    if (sharedContext.transactionManager) return this.postEntryInTransaction_(input, sharedContext)
    const [result] = await this.postEntries([input])
    return result
  }

  @InjectTransactionManager()
  protected async postEntryInTransaction_(
    input: PostEntryInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PostEntryResult> {
    if (!Number.isInteger(input.points) || input.points === 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Points must be a non-zero integer")
    }
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const account = await this.lockAccount_(knex, input.customer_id)

    const duplicate = async () => {
      const existing = await knex("loyalty_entry")
        .where({ kind: input.kind, source: input.source, source_id: input.source_id })
        .first("id")
      return existing
        ? {
            entry_id: existing.id as string,
            account_id: account.id,
            created: false,
            debt_added: 0,
            ...balances(account),
          }
        : null
    }
    // Debits touch lots before the entry exists: look for a duplicate first.
    // Credits (the hot path of event handlers) find out from the INSERT itself.
    if (input.points < 0) {
      const seen = await duplicate()
      if (seen) return seen
    }

    const now = new Date()
    const entry = entryRow(input, account.id, now)
    let next = { ...account }
    let debtAdded = 0

    if (input.points > 0) {
      next = applyCredit(next, entry, input.points, now)
    } else {
      const wanted = -input.points
      const lots = await this.lotsInConsumptionOrder_(
        knex,
        account.id,
        input.consume_order_id ?? null,
        input.consume_lot_id
      )
      const { takes, shortfall } = allocateFifo(lots, wanted)
      if (shortfall > 0 && !input.allow_debt) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Not enough points: ${account.points_available} available, ${wanted} requested`
        )
      }
      const byId = new Map(lots.map((lot) => [lot.id, lot]))
      for (const { id, take } of takes) {
        const lot = byId.get(id)!
        if (lot.lot_status === "pending") next.points_pending -= take
        else next.points_available -= take
        await knex("loyalty_entry")
          .where({ id })
          .update({
            remaining: lot.remaining - take,
            lot_status: lot.remaining - take === 0 ? "spent" : lot.lot_status,
            updated_at: now,
          })
      }
      next.points_debt += shortfall
      debtAdded = shortfall
      Object.assign(entry, { lot_status: null, remaining: 0 })
    }

    const inserted = await knex("loyalty_entry")
      .insert(entry)
      .onConflict(knex.raw("(kind, source, source_id) WHERE deleted_at IS NULL"))
      .ignore()
      .returning("id")
    if (!inserted.length) return (await duplicate())!
    await knex("loyalty_account")
      .where({ id: account.id })
      .update({
        points_available: next.points_available,
        points_pending: next.points_pending,
        points_debt: next.points_debt,
        lifetime_earned: knex.raw("lifetime_earned + ?", [input.kind === "earn" ? input.points : 0]),
        updated_at: now,
      })
    return {
      entry_id: entry.id as string,
      account_id: account.id,
      created: true,
      debt_added: debtAdded,
      ...balances(next),
    }
  }

  /**
   * Posts several entries in one transaction (each one idempotent), so a batch
   * shares one commit. Accounts are locked in customer order (a stable sort:
   * one customer's entries keep their order), so concurrent batches that touch
   * the same customers wait for each other instead of deadlocking. Results come
   * back in the order of `inputs`.
   *
   * Called outside a transaction (an event handler's step), the postings of
   * the calls made at the same time share one transaction and one commit
   * (group commit): one order's earnings per call, many orders per commit.
   * When a shared batch fails (a debit the balance cannot cover), each call
   * runs again on its own, so only the failing call fails.
   */
  async postEntries(inputs: PostEntryInput[], sharedContext: Context = {}): Promise<PostEntryResult[]> {
    if (sharedContext.transactionManager || !inputs.length) return this.postEntriesInTransaction_(inputs, sharedContext)
    return (await postTogether(this, inputs)).get(inputs)!
  }

  /**
   * One transaction for the postings of several postEntries calls (see
   * postTogether). Credits only (the event handlers' hot path) take the
   * two-statement bulk path in a transaction of their own; anything else, or
   * a bulk run that met a concurrent posting of one of its keys, goes through
   * postEntriesInTransaction_.
   */
  async postEntriesOfCalls_(calls: PostEntryInput[][]): Promise<Map<PostEntryInput[], PostEntryResult[]>> {
    const inputs = calls.flat()
    const results =
      (allCredits(inputs)
        ? await this.postCreditsAlone_(inputs).catch((error: unknown) =>
            error instanceof ConcurrentPosting ? null : Promise.reject(error)
          )
        : null) ?? (await this.postEntriesInTransaction_(inputs))
    const byCall = new Map<PostEntryInput[], PostEntryResult[]>()
    let offset = 0
    for (const call of calls) {
      byCall.set(call, results.slice(offset, offset + call.length))
      offset += call.length
    }
    return byCall
  }

  /**
   * The bulk credit path in a transaction of its own, begun on the module's
   * knex directly: nothing in it goes through the ORM's unit of work, so the
   * ORM's transaction (an entity manager fork and a flush) would only add to
   * every posting's time.
   */
  protected async postCreditsAlone_(inputs: PostEntryInput[]): Promise<PostEntryResult[]> {
    const order = inCustomerOrder(inputs)
    return this.manager_.getKnex().transaction((trx: any) => this.postCreditsInBulk_(trx, order))
  }

  @InjectTransactionManager()
  protected async postEntriesInTransaction_(
    inputs: PostEntryInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PostEntryResult[]> {
    const order = inCustomerOrder(inputs)
    if (inputs.length > 1 && allCredits(inputs)) {
      const knex = transactionOf(sharedContext, "Loyalty postings")
      // In a savepoint: if a concurrent transaction posts one of these keys
      // meanwhile, undo and go one by one.
      const bulk: PostEntryResult[] | null = await knex
        .transaction((savepoint: any) => this.postCreditsInBulk_(savepoint, order))
        .catch((error: unknown) => (error instanceof ConcurrentPosting ? null : Promise.reject(error)))
      if (bulk) return bulk
    }
    const results: PostEntryResult[] = new Array(inputs.length)
    for (const { input, index } of order) results[index] = await this.postEntry(input, sharedContext)
    return results
  }

  /**
   * postEntries for credits only (the hot path: earnings of many orders), set
   * based, in two statements: the first locks every account (in customer
   * order, creating missing ones) and finds the keys already posted; the
   * second inserts the new entries and moves the accounts' balances. The
   * balances move exactly as postEntry would move them one after another
   * (debt repaid first, pending lots kept apart).
   *
   * The first statement's look-up reads the snapshot taken when it started,
   * so a key that a transaction we waited on for a lock has just committed is
   * missed there; the insert's conflict check still sees it, and a short
   * insert throws ConcurrentPosting for the caller to roll back and post one
   * by one (postEntry looks again after its lock).
   */
  private async postCreditsInBulk_(
    knex: any,
    order: { input: PostEntryInput; index: number }[]
  ): Promise<PostEntryResult[]> {
    const customerIds = [...new Set(order.map(({ input }) => input.customer_id))].sort()
    const {
      rows: [locked],
    } = await knex.raw(
      // The look-up is one unique-index probe per key (a correlated LIMIT 1).
      // A join of the keys with loyalty_entry was planned as a hash join over
      // the whole ledger while its statistics were out of date (a new table,
      // no autovacuum): redeliveries ran at 1,700/s instead of 5,000/s.
      `WITH account AS (${LOCK_ACCOUNTS_SQL})
       SELECT (SELECT json_agg(account) FROM account) AS accounts,
              (SELECT json_agg(
                        (SELECT e.id FROM loyalty_entry e
                          WHERE e.kind = t.kind AND e.source = t.source AND e.source_id = t.source_id
                            AND e.deleted_at IS NULL
                          LIMIT 1)
                        ORDER BY t.n)
                 FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS t(kind, source, source_id, n)) AS seen`,
      [
        bulkEntityIds("lpacc", customerIds.length),
        customerIds,
        order.map(({ input }) => input.kind),
        order.map(({ input }) => input.source),
        order.map(({ input }) => input.source_id),
      ]
    )
    const accounts = new Map<string, AccountRow>((locked.accounts as AccountRow[]).map((row) => [row.customer_id, row]))
    const earned = new Map<string, number>()
    const keyOf = (key: { kind: string; source: string; source_id: string }) =>
      `${key.kind}\u0000${key.source}\u0000${key.source_id}`
    // Entry ids already posted, by key (`seen` follows `order`; null: not posted).
    const posted = new Map<string, string>()
    ;(locked.seen as (string | null)[]).forEach((id, n) => id && posted.set(keyOf(order[n].input), id))
    const now = new Date()
    const entries: Record<string, unknown>[] = []
    const ids = bulkEntityIds("lpent", order.length)
    const results: PostEntryResult[] = new Array(order.length)
    for (const { input, index } of order) {
      const account = accounts.get(input.customer_id)!
      const seen = posted.get(keyOf(input))
      if (seen) {
        results[index] = { entry_id: seen, account_id: account.id, created: false, debt_added: 0, ...balances(account) }
        continue
      }
      const entry = entryRow(input, account.id, now, ids[index])
      const next = applyCredit(account, entry, input.points, now)
      accounts.set(input.customer_id, next)
      if (input.kind === "earn") earned.set(account.id, (earned.get(account.id) ?? 0) + input.points)
      posted.set(keyOf(input), entry.id as string)
      entries.push(entry)
      results[index] = {
        entry_id: entry.id as string,
        account_id: account.id,
        created: true,
        debt_added: 0,
        ...balances(next),
      }
    }
    if (!entries.length) return results
    const touched = new Set(entries.map((e) => e.account_id))
    const changed = [...accounts.values()].filter((a) => touched.has(a.id))
    const {
      rows: [{ inserted }],
    } = await knex.raw(
      `WITH entry AS (
         INSERT INTO loyalty_entry (${ENTRY_COLUMNS.map(([name]) => name).join(", ")})
         SELECT ${ENTRY_SELECT} FROM jsonb_to_recordset(?::jsonb) AS r(${ENTRY_RECORD})
         ON CONFLICT (kind, source, source_id) WHERE deleted_at IS NULL DO NOTHING
         RETURNING 1),
       account AS (
         UPDATE loyalty_account a
            SET points_available = v.available, points_pending = v.pending, points_debt = v.debt,
                lifetime_earned = a.lifetime_earned + v.earned, updated_at = now()
           FROM unnest(?::text[], ?::int[], ?::int[], ?::int[], ?::int[]) AS v(id, available, pending, debt, earned)
          WHERE a.id = v.id)
       SELECT (SELECT count(*) FROM entry)::int AS inserted`,
      [
        JSON.stringify(entries),
        changed.map((a) => a.id),
        changed.map((a) => a.points_available),
        changed.map((a) => a.points_pending),
        changed.map((a) => a.points_debt),
        changed.map((a) => earned.get(a.id) ?? 0),
      ]
    )
    // Short: another transaction posted one of the keys after our look-up;
    // the accounts were moved for it too, so the caller must roll back.
    if (inserted !== entries.length) throw new ConcurrentPosting()
    return results
  }

  /** Net amount the customer earned points on in `currency_code` since `since` (tier basis). */
  @InjectTransactionManager()
  async trailingSpend(
    input: { customer_id: string; currency_code: string; since: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string> {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const row = await knex("loyalty_entry")
      .where({ customer_id: input.customer_id, currency_code: input.currency_code, kind: "earn" })
      .where("created_at", ">=", input.since)
      .whereNull("deleted_at")
      .first(knex.raw("COALESCE(SUM(amount), 0)::text AS spend"))
    return row.spend
  }

  /**
   * What a customer sees: balances, their money value and tier under the
   * currency's rule, and the lots expiring within `expiringWithinDays`.
   */
  async getSummary(input: { customer_id: string; currency_code: string; expiringWithinDays?: number }) {
    const [account] = await this.listLoyaltyAccounts({ customer_id: input.customer_id })
    const [rule] = await this.listLoyaltyRules({ currency_code: input.currency_code })
    const horizon = new Date(Date.now() + (input.expiringWithinDays ?? 30) * 86_400_000)
    const expiring = await this.listLoyaltyEntries(
      { customer_id: input.customer_id, lot_status: "available", expires_at: { $lte: horizon } },
      { select: ["remaining", "expires_at"], order: { expires_at: "ASC" }, take: 50 }
    )
    const spend = rule?.tiers
      ? await this.trailingSpend({
          customer_id: input.customer_id,
          currency_code: input.currency_code,
          since: new Date(Date.now() - 365 * 86_400_000),
        })
      : "0"
    const tier = tierFor(spend, (rule?.tiers as LoyaltyTier[] | null) ?? null)
    const available = account?.points_available ?? 0
    return {
      customer_id: input.customer_id,
      currency_code: input.currency_code,
      points_available: available,
      points_pending: account?.points_pending ?? 0,
      /** Held by carts with points applied; spent when their order is placed. */
      points_reserved: account?.points_reserved ?? 0,
      points_spendable: Math.max(available - (account?.points_reserved ?? 0), 0),
      points_debt: account?.points_debt ?? 0,
      lifetime_earned: account?.lifetime_earned ?? 0,
      points_value: rule ? pointsValue(available, rule).toNumber() : null,
      program_active: Boolean(rule?.is_active),
      tier: tier.current?.name ?? null,
      next_tier: tier.next?.name ?? null,
      next_tier_missing_spend: tier.missing_spend,
      trailing_12_month_spend: Number(spend),
      expiring_soon: expiring
        .filter((lot) => lot.remaining > 0)
        .map((lot) => ({ points: lot.remaining, expires_at: lot.expires_at })),
    }
  }

  /** Outstanding points (unspent lots) and their money value, per currency they were earned in. */
  @InjectTransactionManager()
  async liability(@MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const { rows } = await knex.raw(
      `SELECT COALESCE(e.currency_code, 'none') AS currency_code,
              SUM(e.remaining) FILTER (WHERE e.lot_status = 'available')::int AS points_available,
              SUM(e.remaining) FILTER (WHERE e.lot_status = 'pending')::int AS points_pending,
              r.points_per_currency_unit
         FROM loyalty_entry e
         LEFT JOIN loyalty_rule r ON r.currency_code = e.currency_code AND r.deleted_at IS NULL
        WHERE e.remaining > 0 AND e.deleted_at IS NULL
        GROUP BY 1, r.points_per_currency_unit
        ORDER BY 1`
    )
    const [{ debt }] = (
      await knex.raw(`SELECT COALESCE(SUM(points_debt), 0)::int AS debt FROM loyalty_account WHERE deleted_at IS NULL`)
    ).rows
    return {
      currencies: rows.map((row: any) => {
        const points = (row.points_available ?? 0) + (row.points_pending ?? 0)
        return {
          currency_code: row.currency_code,
          points_available: row.points_available ?? 0,
          points_pending: row.points_pending ?? 0,
          value: row.points_per_currency_unit ? pointsValue(points, row).toNumber() : null,
        }
      }),
      points_debt: debt,
    }
  }

  /**
   * Makes pending lots whose date has come available (paying off debt first).
   * Moves points between the account's buckets; the ledger sum is unchanged.
   */
  @InjectTransactionManager()
  async releasePendingLots(
    filter: { before?: Date; order_id?: string } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const query = knex("loyalty_entry").where({ lot_status: "pending" }).whereNull("deleted_at")
    if (filter.order_id) query.where({ order_id: filter.order_id })
    else query.where("available_at", "<=", filter.before ?? new Date())
    const lots: { id: string; customer_id: string }[] = await query.select("id", "customer_id")
    let released = 0
    for (const candidate of lots) {
      const account = await this.lockAccount_(knex, candidate.customer_id)
      // Re-read under the lock: a concurrent run may have released it already.
      const lot = await knex("loyalty_entry").where({ id: candidate.id, lot_status: "pending" }).first()
      if (!lot) continue
      const repaid = Math.min(account.points_debt, lot.remaining)
      const remaining = lot.remaining - repaid
      await knex("loyalty_entry")
        .where({ id: lot.id })
        .update({ lot_status: remaining > 0 ? "available" : "spent", remaining, updated_at: new Date() })
      await knex("loyalty_account")
        .where({ id: account.id })
        .update({
          points_pending: account.points_pending - lot.remaining,
          points_available: account.points_available + remaining,
          points_debt: account.points_debt - repaid,
          updated_at: new Date(),
        })
      released++
    }
    return released
  }

  /**
   * Holds points for a cart. Under the account lock: only points neither spent
   * nor held by another cart can be held, so concurrent carts can never hold
   * more than the balance. A cart holds points once (remove them first to change).
   */
  @InjectTransactionManager()
  async reservePoints(input: ReserveInput, @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const account = await this.lockAccount_(knex, input.customer_id)
    const held = await knex("loyalty_reservation").where({ cart_id: input.cart_id, status: "active" }).first("id")
    if (held) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Points are already applied to this cart: remove them first")
    }
    const spendable = account.points_available - account.points_reserved
    if (input.points > spendable) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Not enough points: ${Math.max(spendable, 0)} available, ${input.points} requested`
      )
    }
    const now = new Date()
    const reservation = {
      id: generateEntityId(undefined, "lpres"),
      ...input,
      raw_amount: rawBigNumber(input.amount),
      status: "active",
      created_at: now,
      updated_at: now,
    }
    await knex("loyalty_reservation").insert(reservation)
    await knex("loyalty_account")
      .where({ id: account.id })
      .update({ points_reserved: account.points_reserved + input.points, updated_at: now })
    return { id: reservation.id, points: input.points, amount: input.amount, currency_code: input.currency_code }
  }

  /** Ends a cart's active reservation without spending it. Returns it, or null when there was none. */
  @InjectTransactionManager()
  async releaseReservation(
    input: { cart_id: string; reason: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; points: number; promotion_id: string | null; promotion_code: string } | null> {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const found = await knex("loyalty_reservation").where({ cart_id: input.cart_id, status: "active" }).first()
    if (!found) return null
    const account = await this.lockAccount_(knex, found.customer_id)
    const updated = await knex("loyalty_reservation")
      .where({ id: found.id, status: "active" })
      .update({ status: "released", released_reason: input.reason, updated_at: new Date() })
    if (!updated) return null
    await knex("loyalty_account")
      .where({ id: account.id })
      .update({ points_reserved: Math.max(account.points_reserved - found.points, 0), updated_at: new Date() })
    return found
  }

  /**
   * Spends a cart's reservation for the order placed from it: one redeem entry
   * keyed by the order (so at most once), FIFO over the customer's lots.
   */
  @InjectTransactionManager()
  async consumeReservation(
    input: { cart_id: string; order_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PostEntryResult | null> {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const found = await knex("loyalty_reservation").where({ cart_id: input.cart_id, status: "active" }).first()
    if (!found) return null
    const account = await this.lockAccount_(knex, found.customer_id)
    const result = await this.postEntry(
      {
        customer_id: found.customer_id,
        kind: "redeem",
        points: -found.points,
        source: "order",
        source_id: input.order_id,
        order_id: input.order_id,
        amount: found.amount,
        currency_code: found.currency_code,
        reason: `Redeemed on cart ${input.cart_id}`,
        actor: found.customer_id,
      },
      sharedContext
    )
    await knex("loyalty_reservation")
      .where({ id: found.id })
      .update({ status: "consumed", order_id: input.order_id, updated_at: new Date() })
    await knex("loyalty_account")
      .where({ id: account.id })
      .update({ points_reserved: Math.max(account.points_reserved - found.points, 0), updated_at: new Date() })
    return result
  }

  /**
   * Expires the unspent remainder of every lot past its date: one expire entry
   * per lot (keyed by the lot, so a second run changes nothing).
   */
  @InjectTransactionManager()
  async expireLots(now: Date = new Date(), @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const lots: { id: string; customer_id: string; remaining: number; currency_code: string | null }[] = await knex(
      "loyalty_entry"
    )
      .where({ lot_status: "available" })
      .where("remaining", ">", 0)
      .where("expires_at", "<=", now)
      .whereNull("deleted_at")
      .select("id", "customer_id", "remaining", "currency_code")
    let expired = 0
    for (const lot of lots) {
      const result = await this.postEntry(
        {
          customer_id: lot.customer_id,
          kind: "expire",
          points: -lot.remaining,
          source: "lot",
          source_id: lot.id,
          consume_lot_id: lot.id,
          currency_code: lot.currency_code,
          reason: "Points expired",
          actor: "system",
        },
        sharedContext
      )
      if (result.created) expired += lot.remaining
    }
    return { lots: lots.length, points: expired }
  }

  /** Customers with available points expiring before `before`: the "expiring soon" mailing list. */
  async listExpiringSoon(before: Date) {
    const lots = await this.listLoyaltyEntries(
      { lot_status: "available", remaining: { $gt: 0 }, expires_at: { $lte: before } },
      { select: ["customer_id", "remaining", "expires_at"], take: null }
    )
    const byCustomer = new Map<string, { customer_id: string; points: number; first_expiry: Date }>()
    for (const lot of lots) {
      const current = byCustomer.get(lot.customer_id) ?? {
        customer_id: lot.customer_id,
        points: 0,
        first_expiry: lot.expires_at as Date,
      }
      current.points += lot.remaining
      if ((lot.expires_at as Date) < current.first_expiry) current.first_expiry = lot.expires_at as Date
      byCustomer.set(lot.customer_id, current)
    }
    return [...byCustomer.values()]
  }

  /**
   * Generates the batch's missing codes in chunks, each one INSERT ... SELECT
   * unnest that skips the rare code already taken. Resumable and safe to run
   * concurrently: every chunk locks the batch row and tops up only what the
   * table still lacks, so a batch never gets more codes than it asked for.
   */
  async generateCodes(batchId: string, { chunkSize = 10_000 }: { chunkSize?: number } = {}) {
    for (;;) {
      const { missing } = await this.insertCodeChunk_(batchId, chunkSize)
      if (missing === 0) break
    }
    const batch = await this.retrieveCouponBatch(batchId)
    const customers = (batch.metadata?.assign_customer_ids as string[] | undefined) ?? []
    if (customers.length) await this.assignCodes(batchId, customers)
    return this.updateCouponBatches({ id: batchId, status: "ready" })
  }

  /**
   * Gives each listed customer one code of the batch (only that customer can
   * use it). Customers who already hold a code of the batch are skipped, so
   * assigning again changes nothing.
   */
  @InjectTransactionManager()
  async assignCodes(batchId: string, customerIds: string[], @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    await knex("coupon_batch").where({ id: batchId }).forUpdate().first("id")
    const { rowCount } = await knex.raw(
      `WITH who AS (
         SELECT t.customer_id, row_number() OVER () AS rn
           FROM unnest(?::text[]) AS t(customer_id)
          WHERE NOT EXISTS (SELECT 1 FROM coupon_code c WHERE c.batch_id = ? AND c.customer_id = t.customer_id)
       ),
       picked AS (
         SELECT id, row_number() OVER (ORDER BY id) AS rn FROM coupon_code
          WHERE batch_id = ? AND customer_id IS NULL AND status = 'unused' AND deleted_at IS NULL
          ORDER BY id LIMIT (SELECT count(*) FROM who)
       )
       UPDATE coupon_code SET customer_id = who.customer_id, updated_at = now()
         FROM picked JOIN who ON who.rn = picked.rn
        WHERE coupon_code.id = picked.id`,
      [[...new Set(customerIds)], batchId, batchId]
    )
    return rowCount as number
  }

  @InjectTransactionManager()
  private async insertCodeChunk_(
    batchId: string,
    chunkSize: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ missing: number }> {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const batch = await knex("coupon_batch")
      .where({ id: batchId })
      .forUpdate()
      .first("id", "count", "prefix", "expires_at", "generated_count")
    if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Coupon batch ${batchId} was not found`)
    // generated_count changes only here, under this row lock, with its inserts: it is exact.
    const have: number = batch.generated_count
    const size = Math.min(chunkSize, batch.count - have)
    let inserted = 0
    if (size > 0) {
      const codes = randomCodes(size, batch.prefix)
      const ids = bulkEntityIds("cpn", codes.length)
      const result = await knex.raw(
        `INSERT INTO coupon_code (id, batch_id, code, status, expires_at, redemption_count, created_at, updated_at)
         SELECT t.id, ?, t.code, 'unused', ?::timestamptz, 0, now(), now()
           FROM unnest(?::text[], ?::text[]) AS t(id, code)
         ON CONFLICT (code) WHERE deleted_at IS NULL DO NOTHING`,
        [batch.id, batch.expires_at, ids, codes]
      )
      inserted = result.rowCount
    }
    await knex("coupon_batch")
      .where({ id: batchId })
      .update({ generated_count: have + inserted, updated_at: new Date() })
    return { missing: batch.count - have - inserted }
  }

  /**
   * Claims a code for a cart. A single-use code moves unused -> applied by a
   * conditional UPDATE, so of many carts racing for it exactly one wins.
   * Every refusal says why (unknown, revoked, expired, used, not yours).
   */
  @InjectTransactionManager()
  async claimCode(
    input: {
      code: string
      cart_id: string
      customer_id: string | null
      email: string | null
      customer_group_ids: string[]
    },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const code = normalizeCode(input.code)
    const row = await knex("coupon_code as c")
      .join("coupon_batch as b", "b.id", "c.batch_id")
      .where("c.code", code)
      .whereNull("c.deleted_at")
      .whereNull("b.deleted_at")
      .first(
        "c.id",
        "c.status",
        "c.cart_id",
        "c.customer_id",
        "c.expires_at",
        "c.batch_id",
        "b.single_use",
        "b.once_per_customer",
        "b.customer_group_id",
        "b.promotion_code",
        "b.promotion_id"
      )
    const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
    if (!row) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown coupon code ${code}`)
    if (row.status === "revoked") throw refuse(`Coupon code ${code} has been revoked`)
    if (row.expires_at && new Date(row.expires_at) <= new Date()) {
      throw refuse(`Coupon code ${code} expired on ${new Date(row.expires_at).toISOString().slice(0, 10)}`)
    }
    if (row.customer_id && row.customer_id !== input.customer_id)
      throw refuse(`Coupon code ${code} belongs to another customer`)
    if (row.customer_group_id && !input.customer_group_ids.includes(row.customer_group_id)) {
      throw refuse(`Coupon code ${code} is reserved for a customer group you are not in`)
    }
    const sameBatch = await knex("coupon_redemption")
      .where({ cart_id: input.cart_id, batch_id: row.batch_id, status: "applied" })
      .first("code_id")
    if (sameBatch) {
      if (sameBatch.code_id === row.id)
        return { code_id: row.id, batch_id: row.batch_id, promotion_code: row.promotion_code }
      throw refuse("A code of this promotion is already applied to the cart")
    }
    if (row.once_per_customer && (input.customer_id || input.email)) {
      const used = await knex("coupon_redemption")
        .where({ batch_id: row.batch_id, status: "redeemed" })
        .where((q: any) => {
          if (input.customer_id) q.orWhere({ customer_id: input.customer_id })
          if (input.email) q.orWhereRaw("lower(email) = lower(?)", [input.email])
        })
        .first("id")
      if (used) throw refuse("You have already used a code of this promotion")
    }
    if (row.single_use) {
      const updated = await knex("coupon_code")
        .where({ id: row.id, status: "unused" })
        .update({ status: "applied", cart_id: input.cart_id, applied_at: new Date(), updated_at: new Date() })
      if (!updated) throw refuse(`Coupon code ${code} has already been used`)
    }
    await knex("coupon_redemption").insert({
      id: generateEntityId(undefined, "cpnr"),
      code_id: row.id,
      batch_id: row.batch_id,
      cart_id: input.cart_id,
      customer_id: input.customer_id,
      email: input.email,
      status: "applied",
      created_at: new Date(),
      updated_at: new Date(),
    })
    return { code_id: row.id, batch_id: row.batch_id, promotion_code: row.promotion_code as string }
  }

  /** Takes codes off a cart (one code, or all); single-use codes become usable again. */
  @InjectTransactionManager()
  async releaseCartCodes(
    input: { cart_id: string; code?: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ code_id: string; batch_id: string; promotion_code: string }[]> {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const query = knex("coupon_redemption as r")
      .join("coupon_code as c", "c.id", "r.code_id")
      .join("coupon_batch as b", "b.id", "r.batch_id")
      .where({ "r.cart_id": input.cart_id, "r.status": "applied" })
      .select("r.id", "r.code_id", "r.batch_id", "b.promotion_code")
    if (input.code) query.where("c.code", normalizeCode(input.code))
    const rows = await query
    for (const row of rows) {
      await knex("coupon_redemption")
        .where({ id: row.id, status: "applied" })
        .update({ status: "released", updated_at: new Date() })
      await knex("coupon_code")
        .where({ id: row.code_id, status: "applied", cart_id: input.cart_id })
        .update({ status: "unused", cart_id: null, applied_at: null, updated_at: new Date() })
    }
    return rows.map((r: any) => ({ code_id: r.code_id, batch_id: r.batch_id, promotion_code: r.promotion_code }))
  }

  /**
   * Before an order is created: every batch promotion on the cart needs a code
   * of that batch claimed by this cart (the promotion's own code, if someone
   * learned it, is not enough), and the claimed codes must still be valid.
   */
  @InjectTransactionManager()
  async assertCartCodes(
    input: { cart_id: string; promotion_ids: string[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    if (!input.promotion_ids.length) return
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const batches = await knex("coupon_batch")
      .whereIn("promotion_id", input.promotion_ids)
      .whereNull("deleted_at")
      .select("id", "promotion_id")
    if (!batches.length) return
    const claims = await knex("coupon_redemption as r")
      .join("coupon_code as c", "c.id", "r.code_id")
      .where({ "r.cart_id": input.cart_id, "r.status": "applied" })
      .select("r.batch_id", "c.status", "c.expires_at", "c.code")
    const byPromotion = new Map<string, boolean>()
    for (const batch of batches) {
      const claim = claims.find((c: any) => c.batch_id === batch.id)
      const valid =
        claim && claim.status !== "revoked" && !(claim.expires_at && new Date(claim.expires_at) <= new Date())
      byPromotion.set(batch.promotion_id, Boolean(valid) || Boolean(byPromotion.get(batch.promotion_id)))
    }
    for (const [promotionId, ok] of byPromotion) {
      if (!ok) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `The discount ${promotionId} needs a valid coupon code: apply your code again or remove the discount`
        )
      }
    }
  }

  /** The order was placed: the cart's applied codes are redeemed by it (idempotent). */
  @InjectTransactionManager()
  async redeemCartCodes(input: { cart_id: string; order_id: string }, @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const rows = await knex("coupon_redemption")
      .where({ cart_id: input.cart_id, status: "applied" })
      .select("id", "code_id")
    const now = new Date()
    for (const row of rows) {
      await knex("coupon_redemption")
        .where({ id: row.id })
        .update({ status: "redeemed", order_id: input.order_id, updated_at: now })
      await knex("coupon_code")
        .where({ id: row.code_id })
        .update({
          status: knex.raw("CASE WHEN status = 'applied' THEN 'redeemed' ELSE status END"),
          order_id: knex.raw("CASE WHEN status = 'applied' THEN ? ELSE order_id END", [input.order_id]),
          redeemed_at: knex.raw("CASE WHEN status = 'applied' THEN ?::timestamptz ELSE redeemed_at END", [now]),
          redemption_count: knex.raw("redemption_count + 1"),
          updated_at: now,
        })
    }
    return rows.length
  }

  /** Revokes unused codes of a batch (some, or all unused). Used or applied codes stay as they are. */
  @InjectTransactionManager()
  async revokeCodes(
    input: { batch_id: string; code_ids?: string[]; all_unused?: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const query = knex("coupon_code").where({ batch_id: input.batch_id, status: "unused" }).whereNull("deleted_at")
    if (!input.all_unused) query.whereIn("id", input.code_ids ?? [])
    return query.update({ status: "revoked", revoked_at: new Date(), updated_at: new Date() })
  }

  /** Code counts per status for batches; unused codes past their date count as expired. */
  @InjectTransactionManager()
  async batchStats(batchIds: string[], @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    if (!batchIds.length) return {}
    const { rows } = await knex.raw(
      `SELECT batch_id,
              COUNT(*) FILTER (WHERE status = 'unused' AND (expires_at IS NULL OR expires_at > now()))::int AS unused,
              COUNT(*) FILTER (WHERE status = 'unused' AND expires_at <= now())::int AS expired,
              COUNT(*) FILTER (WHERE status = 'applied')::int AS applied,
              COUNT(*) FILTER (WHERE status = 'redeemed')::int AS redeemed,
              COUNT(*) FILTER (WHERE status = 'revoked')::int AS revoked
         FROM coupon_code WHERE batch_id = ANY(?) AND deleted_at IS NULL GROUP BY batch_id`,
      [batchIds]
    )
    const empty = { unused: 0, expired: 0, applied: 0, redeemed: 0, revoked: 0 }
    return Object.fromEntries(batchIds.map((id) => [id, rows.find((r: any) => r.batch_id === id) ?? empty]))
  }

  /**
   * Spends points for one unused code of an exchange batch, in one
   * transaction: the redeem entry (keyed by the code) and the code's
   * assignment to the customer commit together or not at all.
   */
  @InjectTransactionManager()
  async exchangePointsForCode(
    input: { customer_id: string; batch_id: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const batch = await knex("coupon_batch").where({ id: input.batch_id }).whereNull("deleted_at").first()
    if (!batch || !batch.exchange_points) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "No coupon batch available for points exchange with this id")
    }
    const account = await this.lockAccount_(knex, input.customer_id)
    const spendable = account.points_available - account.points_reserved
    if (spendable < batch.exchange_points) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Not enough points: ${Math.max(spendable, 0)} available, ${batch.exchange_points} needed`
      )
    }
    const { rows } = await knex.raw(
      `SELECT id, code, expires_at FROM coupon_code
        WHERE batch_id = ? AND status = 'unused' AND customer_id IS NULL AND deleted_at IS NULL
          AND (expires_at IS NULL OR expires_at > now())
        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [batch.id]
    )
    if (!rows.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "No codes are left in this batch")
    const code = rows[0]
    await knex("coupon_code").where({ id: code.id }).update({ customer_id: input.customer_id, updated_at: new Date() })
    const entry = await this.postEntry(
      {
        customer_id: input.customer_id,
        kind: "redeem",
        points: -batch.exchange_points,
        source: "exchange",
        source_id: code.id,
        reason: `Exchanged for a ${batch.name} coupon`,
        actor: input.customer_id,
      },
      sharedContext
    )
    return {
      coupon_code: { id: code.id, code: code.code, expires_at: code.expires_at },
      points_spent: batch.exchange_points,
      balance: entry,
    }
  }

  /**
   * Proves the balances: every account whose cached balances differ from its
   * ledger (sum of points) or from its lots (remaining points) is returned.
   */
  @InjectTransactionManager()
  async reconcile(
    filter: { customer_id?: string } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReconcileMismatch[]> {
    const knex = transactionOf(sharedContext, "Loyalty postings")
    const { rows } = await knex.raw(
      `SELECT a.id AS account_id, a.customer_id, a.points_available, a.points_pending, a.points_debt,
              COALESCE(SUM(e.points), 0)::int AS ledger_sum,
              COALESCE(SUM(e.remaining) FILTER (WHERE e.lot_status = 'available'), 0)::int AS available_lots,
              COALESCE(SUM(e.remaining) FILTER (WHERE e.lot_status = 'pending'), 0)::int AS pending_lots
         FROM loyalty_account a
         LEFT JOIN loyalty_entry e ON e.account_id = a.id AND e.deleted_at IS NULL
        WHERE a.deleted_at IS NULL AND (?::text IS NULL OR a.customer_id = ?)
        GROUP BY a.id
       HAVING a.points_available + a.points_pending - a.points_debt <> COALESCE(SUM(e.points), 0)
           OR a.points_available <> COALESCE(SUM(e.remaining) FILTER (WHERE e.lot_status = 'available'), 0)
           OR a.points_pending <> COALESCE(SUM(e.remaining) FILTER (WHERE e.lot_status = 'pending'), 0)`,
      [filter.customer_id ?? null, filter.customer_id ?? null]
    )
    return rows
  }

  private async lockAccount_(knex: any, customerId: string): Promise<AccountRow> {
    return (await this.lockAccounts_(knex, [customerId]))[0]
  }

  /**
   * One round trip (LOCK_ACCOUNTS_SQL). Callers locking several pass them
   * sorted, so concurrent callers cannot deadlock.
   */
  private async lockAccounts_(knex: any, customerIds: string[]): Promise<AccountRow[]> {
    const { rows } = await knex.raw(LOCK_ACCOUNTS_SQL, [bulkEntityIds("lpacc", customerIds.length), customerIds])
    return rows
  }

  private async lotsInConsumptionOrder_(knex: any, accountId: string, orderId: string | null, lotId?: string | null) {
    const query = knex("loyalty_entry")
      .where({ account_id: accountId })
      .where("remaining", ">", 0)
      .whereNull("deleted_at")
      .select("id", "remaining", "lot_status", "order_id")
    if (lotId) {
      query.where({ id: lotId })
    } else if (orderId) {
      // A reversal takes back the order's own points first, pending or not.
      query
        .where((q: any) => q.where({ lot_status: "available" }).orWhere({ order_id: orderId }))
        .orderByRaw("(order_id IS NOT DISTINCT FROM ?) DESC", [orderId])
    } else {
      query.where({ lot_status: "available" })
    }
    return query.orderByRaw("expires_at ASC NULLS LAST, created_at ASC, id ASC") as Promise<
      { id: string; remaining: number; lot_status: "pending" | "available"; order_id: string | null }[]
    >
  }
}

/** Thrown inside postEntries' savepoint when another transaction posted one of its keys meanwhile. */
class ConcurrentPosting extends Error {}

/** The loyalty_entry row of a posting (lot fields are set by applyCredit or the debit path). */
function entryRow(
  input: PostEntryInput,
  accountId: string,
  now: Date,
  id: string = entityId("lpent")
): Record<string, unknown> {
  // Dates may arrive as ISO strings (workflow data is serialized between steps).
  return {
    id,
    account_id: accountId,
    customer_id: input.customer_id,
    kind: input.kind,
    points: input.points,
    source: input.source,
    source_id: input.source_id,
    order_id: input.order_id ?? null,
    actor: input.actor ?? null,
    reason: input.reason ?? null,
    amount: input.amount == null ? null : String(input.amount),
    raw_amount: input.amount == null ? null : rawBigNumber(input.amount),
    currency_code: input.currency_code ?? null,
    available_at: input.available_at ? new Date(input.available_at) : null,
    expires_at: input.expires_at ? new Date(input.expires_at) : null,
    metadata: input.metadata ? JSON.stringify(input.metadata) : null,
    created_at: now,
    updated_at: now,
  }
}

/** Every input a credit (positive whole points): what the bulk path posts. */
function allCredits(inputs: PostEntryInput[]): boolean {
  return inputs.length > 0 && inputs.every((input) => Number.isInteger(input.points) && input.points > 0)
}

/** Inputs sorted by customer (stable: one customer's entries keep their order), with their positions. */
function inCustomerOrder(inputs: PostEntryInput[]): { input: PostEntryInput; index: number }[] {
  return inputs
    .map((input, index) => ({ input, index }))
    .sort((a, b) =>
      a.input.customer_id < b.input.customer_id ? -1 : a.input.customer_id > b.input.customer_id ? 1 : a.index - b.index
    )
}

/**
 * A credit of `points`: a pending lot until its available_at, otherwise
 * available points that pay off debt first. Sets the entry's lot fields and
 * returns the account's balances after it.
 */
function applyCredit(account: AccountRow, entry: Record<string, unknown>, points: number, now: Date): AccountRow {
  const next = { ...account }
  const availableAt = entry.available_at as Date | null
  if (availableAt && availableAt > now) {
    next.points_pending += points
    Object.assign(entry, { lot_status: "pending", remaining: points })
    return next
  }
  const repaid = Math.min(account.points_debt, points)
  next.points_debt -= repaid
  next.points_available += points - repaid
  const remaining = points - repaid
  Object.assign(entry, { lot_status: remaining > 0 ? "available" : "spent", remaining })
  return next
}

function balances(account: AccountRow) {
  return {
    points_available: account.points_available,
    points_pending: account.points_pending,
    points_debt: account.points_debt,
  }
}

export default LoyaltyPointsModuleService
