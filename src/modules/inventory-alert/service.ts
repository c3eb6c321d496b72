import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { entityId } from "../../lib/ids"
import AlertDelivery from "./models/alert-delivery"
import BackInStockSubscription from "./models/back-in-stock-subscription"
import InventoryAlert from "./models/inventory-alert"
import InventoryAlertSetting from "./models/inventory-alert-setting"
import InventoryThreshold from "./models/inventory-threshold"
import StockLedgerEntry from "./models/stock-ledger-entry"
import StockLevelSnapshot from "./models/stock-level-snapshot"
import StockMovementCause from "./models/stock-movement-cause"
import type {
  InventoryAlertSettings,
  MovementCauseInput,
  RaisedAlert,
  StockChangeInput,
  StockChangeResult,
  StockReason,
} from "./types"
import { attributeChange, type CauseRef } from "./utils/attribution"
import { measuredScopes, planAlerts, type ActiveAlertRef, type LevelQuantity } from "./utils/thresholds"
import { chunks, rawBigNumber, transactionOf } from "../../lib/sql"

type CauseRow = CauseRef & {
  reason: StockReason
  reference_type: string | null
  reference_id: string | null
  actor: string | null
  note: string | null
}

/** How long a registered cause may still claim a change of the levels it listed. */
const CAUSE_WINDOW_MS = 24 * 3_600_000

type LevelRow = {
  id: string
  inventory_item_id: string
  location_id: string
  stocked_quantity: string
  reserved_quantity: string
  deleted_at: Date | null
}

export type DeliveryClaim = {
  idempotency_key: string
  channel: "feed" | "email" | "webhook"
  subject_type: "alert" | "digest" | "back_in_stock"
  subject_id: string
}

/**
 * Thresholds, alerts, the stock ledger and back-in-stock subscriptions.
 *
 * Stock itself stays in Medusa's Inventory Module. To judge a change
 * consistently this service reads the inventory levels (read-only) inside its
 * own transaction, after taking a per-item advisory lock: two evaluations of
 * the same item never interleave, and the last one always sees the latest
 * committed stock. This assumes the Inventory Module shares the application's
 * database, as it does in every standard Medusa set-up.
 */
class InventoryAlertModuleService extends MedusaService({
  AlertDelivery,
  BackInStockSubscription,
  InventoryAlert,
  InventoryAlertSetting,
  InventoryThreshold,
  StockLedgerEntry,
  StockLevelSnapshot,
  StockMovementCause,
}) {
  /** The store's settings; created with defaults on first use. */
  @InjectTransactionManager()
  async getSettings(@MedusaContext() sharedContext: Context = {}): Promise<InventoryAlertSettings> {
    return this.ensureSettings_(transactionOf(sharedContext, "Inventory alert writes"))
  }

  @InjectTransactionManager()
  async updateSettings(
    data: Partial<Omit<InventoryAlertSettings, "id">>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<InventoryAlertSettings> {
    const knex = transactionOf(sharedContext, "Inventory alert writes")
    const settings = await this.ensureSettings_(knex)
    const [row] = await knex("inventory_alert_setting")
      .where({ id: settings.id })
      .update({ ...data, updated_at: new Date() })
      .returning("*")
    return row
  }

  /**
   * Accounts for stock changes: writes ledger rows for every stocked-quantity
   * change not yet recorded, then raises and clears alerts for the items
   * touched. Safe to call any number of times with the same input: the
   * ledger compares against the last accounted quantity, and alerts are
   * keyed by crossing.
   */
  @InjectTransactionManager()
  async processStockChanges(
    input: StockChangeInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StockChangeResult> {
    const knex = transactionOf(sharedContext, "Inventory alert writes")
    const itemIds = await this.resolveItemIds_(knex, input)
    const result: StockChangeResult = {
      inventory_item_ids: itemIds,
      ledger_entries: 0,
      raised: [],
      cleared: [],
      restocked_item_ids: [],
    }
    if (!itemIds.length) return result
    const settings = await this.ensureSettings_(knex)
    await this.lockItems_(knex, itemIds)

    const levels: LevelRow[] = []
    for (const part of chunks(itemIds)) {
      levels.push(
        ...(await knex("inventory_level")
          .whereIn("inventory_item_id", part)
          .select("id", "inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity", "deleted_at"))
      )
    }
    const liveItems = new Set<string>()
    for (const part of chunks(itemIds)) {
      const rows = await knex("inventory_item").whereIn("id", part).whereNull("deleted_at").select("id")
      rows.forEach((r: { id: string }) => liveItems.add(r.id))
    }

    result.ledger_entries = await this.recordLedger_(knex, levels, input.event_groups ?? {})
    const alerts = await this.evaluateAlerts_(knex, itemIds, liveItems, levels, settings)
    result.raised = alerts.raised
    result.cleared = alerts.cleared
    result.restocked_item_ids = alerts.restocked
    return result
  }

  /**
   * Says why the stock changes of one workflow run happened. Ledger rows of
   * that run already written as "other" take the reason now; later ones get
   * it when written. The first cause registered for a run wins.
   */
  @InjectTransactionManager()
  async registerMovementCauses(causes: MovementCauseInput[], @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, "Inventory alert writes")
    for (const cause of causes) {
      await knex("stock_movement_cause")
        .insert({
          id: generateEntityId(undefined, "ismc"),
          event_group_id: cause.event_group_id,
          reason: cause.reason,
          reference_type: cause.reference_type ?? null,
          reference_id: cause.reference_id ?? null,
          actor: cause.actor ?? null,
          note: cause.note ?? null,
          stock_keys: cause.levels?.length
            ? JSON.stringify(cause.levels.map((l) => `${l.inventory_item_id}:${l.location_id}`))
            : null,
          created_at: new Date(),
          updated_at: new Date(),
        })
        .onConflict(knex.raw("(event_group_id) WHERE deleted_at IS NULL"))
        .ignore()
      await knex("stock_ledger_entry")
        .where({ event_group_id: cause.event_group_id, reason: "other" })
        .whereNull("reference_id")
        .update({
          reason: cause.reason,
          reference_type: cause.reference_type ?? null,
          reference_id: cause.reference_id ?? null,
          actor: cause.actor ?? null,
          note: cause.note ?? null,
          updated_at: new Date(),
        })
    }
  }

  /**
   * Claims deliveries by their idempotency key: returns only the ones this
   * call created (or failed earlier and may be retried), so each is sent once.
   */
  @InjectTransactionManager()
  async claimDeliveries(claims: DeliveryClaim[], @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, "Inventory alert writes")
    const claimed: { id: string; idempotency_key: string; subject_id: string; channel: string }[] = []
    const now = new Date()
    for (const part of chunks(claims)) {
      const rows = await knex("inventory_alert_delivery")
        .insert(
          part.map((c) => ({
            id: generateEntityId(undefined, "iadl"),
            ...c,
            status: "pending",
            attempts: 1,
            created_at: now,
            updated_at: now,
          }))
        )
        .onConflict(knex.raw("(idempotency_key) WHERE deleted_at IS NULL"))
        .merge({ attempts: knex.raw("inventory_alert_delivery.attempts + 1"), updated_at: now })
        .where("inventory_alert_delivery.status", "failed")
        .returning(["id", "idempotency_key", "subject_id", "channel"])
      claimed.push(...rows)
    }
    return claimed
  }

  @InjectTransactionManager()
  async markDeliveries(
    ids: string[],
    status: "sent" | "failed",
    error: string | null = null,
    @MedusaContext() sharedContext: Context = {}
  ) {
    if (!ids.length) return
    const knex = transactionOf(sharedContext, "Inventory alert writes")
    for (const part of chunks(ids)) {
      await knex("inventory_alert_delivery")
        .whereIn("id", part)
        .update({
          status,
          last_error: error ? error.slice(0, 2000) : null,
          sent_at: status === "sent" ? new Date() : null,
          updated_at: new Date(),
        })
    }
  }

  /**
   * Moves alerts through the merchant's lifecycle. Only forward moves are
   * allowed (open -> acknowledged -> resolved); returns the alerts changed.
   */
  @InjectTransactionManager()
  async transitionAlerts(
    ids: string[],
    to: "acknowledged" | "resolved",
    actor: string | null,
    note: string | null = null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; status: string }[]> {
    const knex = transactionOf(sharedContext, "Inventory alert writes")
    const from = to === "acknowledged" ? ["open"] : ["open", "acknowledged"]
    const now = new Date()
    const update: Record<string, unknown> =
      to === "acknowledged"
        ? { status: to, acknowledged_at: now, acknowledged_by: actor, updated_at: now }
        : { status: to, resolved_at: now, resolved_by: actor, resolution: "manual", updated_at: now }
    if (note) update.note = note
    return knex("inventory_alert")
      .whereIn("id", ids)
      .whereIn("status", from)
      .whereNull("deleted_at")
      .update(update)
      .returning(["id", "status"])
  }

  /**
   * Marks waiting subscriptions notified, atomically: of the given ids only
   * those still waiting are returned, so two runs never notify one shopper twice.
   */
  @InjectTransactionManager()
  async claimBackInStockSubscriptions(ids: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!ids.length) return []
    const knex = transactionOf(sharedContext, "Inventory alert writes")
    return knex("back_in_stock_subscription")
      .whereIn("id", ids)
      .where({ status: "waiting" })
      .whereNull("deleted_at")
      .update({ status: "notified", notified_at: new Date(), updated_at: new Date() })
      .returning(["id", "variant_id", "sales_channel_id", "email", "customer_id"])
  }

  /**
   * Items the reconcile job should look at: every item with a stock level or
   * an alert still on, after `after` (keyset pagination by id).
   */
  @InjectTransactionManager()
  async listItemsToReconcile(after: string | null, limit: number, @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, "Inventory alert writes")
    const { rows } = await knex.raw(
      `SELECT id FROM (
         SELECT inventory_item_id AS id FROM inventory_level WHERE deleted_at IS NULL
         UNION SELECT inventory_item_id FROM inventory_alert WHERE recovered_at IS NULL AND deleted_at IS NULL
         UNION SELECT inventory_item_id FROM stock_level_snapshot WHERE deleted_at IS NULL
       ) ids WHERE (?::text IS NULL OR id > ?) ORDER BY id LIMIT ?`,
      [after, after, limit]
    )
    return rows.map((r: { id: string }) => r.id) as string[]
  }

  /** Removes causes older than a day: their events have long been processed. */
  @InjectTransactionManager()
  async pruneMovementCauses(olderThan: Date, @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, "Inventory alert writes")
    return knex("stock_movement_cause").where("created_at", "<", olderThan).delete()
  }

  // ── internals ──────────────────────────────────────────────────────────

  private async ensureSettings_(knex: any): Promise<InventoryAlertSettings> {
    const existing = await knex("inventory_alert_setting").where({ scope: "store" }).whereNull("deleted_at").first()
    if (existing) return existing
    const inserted = await knex("inventory_alert_setting")
      .insert({
        id: generateEntityId(undefined, "iaset"),
        scope: "store",
        created_at: new Date(),
        updated_at: new Date(),
      })
      .onConflict(knex.raw("(scope) WHERE deleted_at IS NULL"))
      .ignore()
      .returning("*")
    if (inserted.length) {
      // First use: the ledger starts from the stock as it is now, so changes
      // made before the module was installed are not taken for new ones.
      await knex.raw(
        `INSERT INTO stock_level_snapshot (id, inventory_item_id, location_id, stocked_quantity, raw_stocked_quantity, created_at, updated_at)
         SELECT 'islv_' || replace(gen_random_uuid()::text, '-', ''), inventory_item_id, location_id, stocked_quantity,
                jsonb_build_object('value', stocked_quantity::text, 'precision', 20), now(), now()
         FROM inventory_level WHERE deleted_at IS NULL
         ON CONFLICT DO NOTHING`
      )
      return inserted[0]
    }
    return knex("inventory_alert_setting").where({ scope: "store" }).whereNull("deleted_at").first()
  }

  private async resolveItemIds_(knex: any, input: StockChangeInput): Promise<string[]> {
    const ids = new Set(input.inventory_item_ids ?? [])
    for (const part of chunks(input.level_ids ?? [])) {
      const rows = await knex("inventory_level").whereIn("id", part).select("inventory_item_id")
      rows.forEach((r: { inventory_item_id: string }) => ids.add(r.inventory_item_id))
    }
    for (const part of chunks(input.reservation_ids ?? [])) {
      const rows = await knex("reservation_item").whereIn("id", part).select("inventory_item_id")
      rows.forEach((r: { inventory_item_id: string }) => ids.add(r.inventory_item_id))
    }
    return [...ids].sort()
  }

  /** Per-item advisory locks, taken in id order so concurrent batches cannot deadlock. */
  private async lockItems_(knex: any, sortedIds: string[]) {
    for (const part of chunks(sortedIds)) {
      await knex.raw(
        `SELECT count(pg_advisory_xact_lock(hashtextextended('inventory-alert:' || t.id, 0)))
         FROM (SELECT id FROM unnest(?::text[]) WITH ORDINALITY u(id, n) ORDER BY n) t`,
        [part]
      )
    }
  }

  /** Ledger rows for every level whose stocked quantity differs from what the ledger last accounted. */
  private async recordLedger_(knex: any, levels: LevelRow[], eventGroups: Record<string, string>) {
    if (!levels.length) return 0
    const snapshots = new Map<string, { id: string; stocked_quantity: string; updated_at: Date }>()
    const itemIds = [...new Set(levels.map((l) => l.inventory_item_id))]
    for (const part of chunks(itemIds)) {
      const rows = await knex("stock_level_snapshot")
        .whereIn("inventory_item_id", part)
        .whereNull("deleted_at")
        .select("id", "inventory_item_id", "location_id", "stocked_quantity", "updated_at")
      rows.forEach((r: any) => snapshots.set(`${r.inventory_item_id}:${r.location_id}`, r))
    }
    const changedKeys = levels
      .map((l) => `${l.inventory_item_id}:${l.location_id}`)
      .filter(
        (key, i) =>
          Number(snapshots.get(key)?.stocked_quantity ?? 0) !==
          Number(levels[i].deleted_at ? 0 : levels[i].stocked_quantity)
      )
    if (!changedKeys.length) return 0
    const groups = [...new Set(levels.map((l) => eventGroups[l.id]).filter(Boolean))]
    const causes = new Map<string, CauseRow>()
    if (groups.length) {
      const rows = await knex("stock_movement_cause").whereIn("event_group_id", groups).whereNull("deleted_at")
      rows.forEach((r: CauseRow) => causes.set(r.event_group_id, r))
    }
    // Causes of runs that said they would change these levels (see utils/attribution).
    const candidates: CauseRow[] = []
    for (const part of chunks([...new Set(changedKeys)])) {
      candidates.push(
        ...(await knex("stock_movement_cause")
          .whereRaw("jsonb_exists_any(stock_keys, ?::text[])", [part])
          .where("created_at", ">", new Date(Date.now() - CAUSE_WINDOW_MS))
          .whereNull("deleted_at"))
      )
    }

    const now = new Date()
    const entries: Record<string, unknown>[] = []
    const snapshotUpserts: Record<string, unknown>[] = []
    for (const level of levels) {
      const key = `${level.inventory_item_id}:${level.location_id}`
      const after = level.deleted_at ? "0" : String(level.stocked_quantity)
      const before = snapshots.get(key)?.stocked_quantity ?? "0"
      if (Number(before) === Number(after)) continue
      const ownGroup = eventGroups[level.id] ?? null
      const cause = attributeChange(
        key,
        ownGroup ? causes.get(ownGroup) : undefined,
        candidates,
        snapshots.get(key)?.updated_at ?? null
      )
      const group = cause?.event_group_id ?? ownGroup
      const delta = String(Number(after) - Number(before))
      entries.push({
        id: entityId("islg"),
        inventory_item_id: level.inventory_item_id,
        location_id: level.location_id,
        quantity_before: before,
        raw_quantity_before: rawBigNumber(before),
        quantity_after: after,
        raw_quantity_after: rawBigNumber(after),
        delta,
        raw_delta: rawBigNumber(delta),
        reason: cause?.reason ?? "other",
        actor: cause?.actor ?? null,
        reference_type: cause?.reference_type ?? null,
        reference_id: cause?.reference_id ?? null,
        note: cause?.note ?? (group ? null : "found by the reconcile job"),
        // Unique per (level, quantity transition): the same observation twice is one row.
        idempotency_key: `level:${level.id}:${before}->${after}:${group ?? now.toISOString()}`,
        event_group_id: group,
        created_at: now,
        updated_at: now,
      })
      snapshotUpserts.push({
        id: entityId("islv"),
        inventory_item_id: level.inventory_item_id,
        location_id: level.location_id,
        stocked_quantity: after,
        raw_stocked_quantity: rawBigNumber(after),
        created_at: now,
        updated_at: now,
      })
    }
    let written = 0
    for (const part of chunks(entries)) {
      const rows = await knex("stock_ledger_entry")
        .insert(part)
        .onConflict(knex.raw("(idempotency_key) WHERE deleted_at IS NULL"))
        .ignore()
        .returning("id")
      written += rows.length
    }
    for (const part of chunks(snapshotUpserts)) {
      await knex("stock_level_snapshot")
        .insert(part)
        .onConflict(knex.raw("(inventory_item_id, location_id) WHERE deleted_at IS NULL"))
        .merge(["stocked_quantity", "raw_stocked_quantity", "updated_at"])
    }
    return written
  }

  private async evaluateAlerts_(
    knex: any,
    itemIds: string[],
    liveItems: Set<string>,
    levels: LevelRow[],
    settings: InventoryAlertSettings
  ) {
    const thresholds = new Map<string, { location_id: string | null; threshold: number }[]>()
    const active = new Map<string, ActiveAlertRef[]>()
    for (const part of chunks(itemIds)) {
      const rows = await knex("inventory_threshold")
        .whereIn("inventory_item_id", part)
        .whereNull("deleted_at")
        .select("inventory_item_id", "location_id", "threshold")
      for (const r of rows) thresholds.set(r.inventory_item_id, [...(thresholds.get(r.inventory_item_id) ?? []), r])
      const alerts = await knex("inventory_alert")
        .whereIn("inventory_item_id", part)
        .whereNull("recovered_at")
        .whereNull("deleted_at")
        .select("id", "inventory_item_id", "scope_key", "kind")
      for (const a of alerts) active.set(a.inventory_item_id, [...(active.get(a.inventory_item_id) ?? []), a])
    }
    const levelsByItem = new Map<string, LevelQuantity[]>()
    for (const level of levels) {
      if (level.deleted_at) continue
      const list = levelsByItem.get(level.inventory_item_id) ?? []
      list.push({
        location_id: level.location_id,
        stocked_quantity: Number(level.stocked_quantity),
        reserved_quantity: Number(level.reserved_quantity),
      })
      levelsByItem.set(level.inventory_item_id, list)
    }

    const now = new Date()
    const toInsert: Record<string, unknown>[] = []
    const toClear: { id: string; available: number }[] = []
    const toKeep: { id: string; available: number }[] = []
    const restocked: string[] = []
    for (const itemId of itemIds) {
      const scopes = liveItems.has(itemId)
        ? measuredScopes(levelsByItem.get(itemId) ?? [], thresholds.get(itemId) ?? [], settings.default_threshold)
        : []
      const itemActive = active.get(itemId) ?? []
      const plan = planAlerts(scopes, itemActive, settings.hysteresis)
      for (const { scope, kind } of plan.raise) {
        toInsert.push({
          id: generateEntityId(undefined, "ialrt"),
          inventory_item_id: itemId,
          location_id: scope.location_id,
          scope_key: scope.scope_key,
          kind,
          severity: kind === "out_of_stock" ? "critical" : "warning",
          status: "open",
          threshold: kind === "out_of_stock" ? 0 : scope.threshold,
          raised_quantity: scope.available,
          raw_raised_quantity: rawBigNumber(scope.available),
          current_quantity: scope.available,
          raw_current_quantity: rawBigNumber(scope.available),
          raised_at: now,
          created_at: now,
          updated_at: now,
        })
      }
      toClear.push(...plan.clear)
      toKeep.push(...plan.keep)
      const clearedOut = plan.clear.some((c) =>
        itemActive.some((a) => a.id === c.id && a.kind === "out_of_stock" && a.scope_key === "*")
      )
      if (clearedOut) restocked.push(itemId)
    }

    const raised: RaisedAlert[] = []
    for (const part of chunks(toInsert)) {
      const rows = await knex("inventory_alert")
        .insert(part)
        .onConflict(knex.raw("(inventory_item_id, scope_key, kind) WHERE recovered_at IS NULL AND deleted_at IS NULL"))
        .ignore()
        .returning(["id", "inventory_item_id", "location_id", "kind", "severity", "threshold", "raised_quantity"])
      raised.push(...rows.map((r: any) => ({ ...r, raised_quantity: Number(r.raised_quantity) })))
    }
    for (const part of chunks(toClear)) {
      await this.updateAlertQuantities_(knex, part, {
        recovered_at: "now()",
        status: "'resolved'",
        resolved_at: "COALESCE(a.resolved_at, now())",
        resolution: "COALESCE(a.resolution, 'recovered')",
      })
    }
    for (const part of chunks(toKeep)) {
      await this.updateAlertQuantities_(knex, part, {})
    }
    return { raised, cleared: toClear.map((c) => c.id), restocked }
  }

  /** One UPDATE ... FROM (VALUES ...) for a list of alerts: current quantity plus fixed SQL assignments. */
  private async updateAlertQuantities_(
    knex: any,
    rows: { id: string; available: number }[],
    assignments: Record<string, string>
  ) {
    if (!rows.length) return
    const values = rows.map(() => "(?, ?::numeric)").join(", ")
    const extra = Object.entries(assignments)
      .map(([column, sql]) => `, ${column} = ${sql}`)
      .join("")
    // With nothing else to set, rows whose quantity did not move are left untouched.
    const onlyMoved = extra ? "" : " AND a.current_quantity IS DISTINCT FROM v.q"
    await knex.raw(
      `UPDATE inventory_alert a SET current_quantity = v.q,
         raw_current_quantity = jsonb_build_object('value', v.q::text, 'precision', 20),
         updated_at = now()${extra}
       FROM (VALUES ${values}) AS v(id, q)
       WHERE a.id = v.id${onlyMoved}`,
      rows.flatMap((r) => [r.id, r.available])
    )
  }
}

export default InventoryAlertModuleService
