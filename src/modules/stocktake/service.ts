import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import Stocktake from "./models/stocktake"
import StocktakeLine from "./models/stocktake-line"
import type { CountInput, CountProblem, StocktakeStatus } from "./types"
import { resolveCounts } from "./utils/counts"
import { describeProblems } from "./utils/csv"
import { chunks, rawBigNumber, transactionOf } from "../../lib/sql"

export type NewStocktakeLine = {
  inventory_item_id: string
  sku: string | null
  title: string | null
  expected_quantity: number
  unit_cost: string | number | null
  currency_code: string | null
}

export type OpenStocktakeInput = {
  location_id: string
  scope: "all" | "subset"
  name?: string | null
  notes?: string | null
  created_by?: string | null
  lines: NewStocktakeLine[]
}

/** A line's count before a submission changed it (what compensation restores). */
export type PreviousCount = {
  id: string
  counted_quantity: number | null
  counted_at: Date | string | null
  counted_by: string | null
}

type StocktakeRow = { id: string; status: StocktakeStatus; location_id: string }

class StocktakeModuleService extends MedusaService({ Stocktake, StocktakeLine }) {
  /**
   * Creates a stocktake with its lines. Under a per-location advisory lock,
   * refuses items that another open (counting) stocktake at the same location
   * already counts: two approvals would apply the same correction twice.
   */
  @InjectTransactionManager()
  async openStocktake(input: OpenStocktakeInput, @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, "Stocktake writes")
    if (!input.lines.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "There is no inventory to count at this location")
    }
    await knex.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [`stocktake:${input.location_id}`])
    const itemIds = input.lines.map((l) => l.inventory_item_id)
    const overlapping: { stocktake_id: string }[] = []
    for (const ids of chunks(itemIds)) {
      overlapping.push(
        ...(await knex("stocktake_line as l")
          .join("stocktake as s", "s.id", "l.stocktake_id")
          .where({ "s.location_id": input.location_id, "s.status": "counting" })
          .whereNull("s.deleted_at")
          .whereNull("l.deleted_at")
          .whereIn("l.inventory_item_id", ids)
          .distinct("l.stocktake_id"))
      )
    }
    if (overlapping.length) {
      const ids = [...new Set(overlapping.map((o) => o.stocktake_id))]
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Open stocktake ${ids.join(", ")} already counts some of these items at this location: approve or cancel it first`
      )
    }

    const now = new Date()
    const id = generateEntityId(undefined, "stk")
    await knex("stocktake").insert({
      id,
      location_id: input.location_id,
      name: input.name ?? null,
      notes: input.notes ?? null,
      status: "counting",
      scope: input.scope,
      created_by: input.created_by ?? null,
      created_at: now,
      updated_at: now,
    })
    for (const part of chunks(input.lines)) {
      await knex("stocktake_line").insert(
        part.map((line) => ({
          id: generateEntityId(undefined, "stkl"),
          stocktake_id: id,
          inventory_item_id: line.inventory_item_id,
          sku: line.sku,
          title: line.title,
          expected_quantity: line.expected_quantity,
          unit_cost: line.unit_cost == null ? null : String(line.unit_cost),
          raw_unit_cost: line.unit_cost == null ? null : rawBigNumber(line.unit_cost),
          currency_code: line.currency_code?.toLowerCase() ?? null,
          created_at: now,
          updated_at: now,
        }))
      )
    }
    return id
  }

  /**
   * Records counts on a counting stocktake, all or nothing: every count is
   * matched (by item id or SKU) and checked before any line is written. The
   * stocktake row stays locked meanwhile, so an approval cannot interleave.
   */
  @InjectTransactionManager()
  async recordCounts(
    input: { stocktake_id: string; counts: CountInput[]; problems?: CountProblem[]; actor?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ updated: number; previous: PreviousCount[] }> {
    const knex = transactionOf(sharedContext, "Stocktake writes")
    const stocktake = await this.lockStocktake_(knex, input.stocktake_id)
    assertStatus(stocktake, "counting", "take counts")
    const lines = await knex("stocktake_line")
      .where({ stocktake_id: stocktake.id })
      .whereNull("deleted_at")
      .select("id", "inventory_item_id", "sku", "counted_quantity", "counted_at", "counted_by")
    const resolved = resolveCounts(input.counts, lines)
    const counts = resolved.counts
    const errors = sortProblems([...(input.problems ?? []), ...resolved.errors])
    if (errors.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `No counts were saved. ${errors.length} problem${errors.length === 1 ? "" : "s"}: ${describeProblems(errors)}`
      )
    }
    const byId = new Map<string, PreviousCount>(lines.map((l: PreviousCount) => [l.id, l]))
    const previous = counts.map((c) => byId.get(c.line_id)!)
    const now = new Date()
    for (const part of chunks(counts)) {
      await knex.raw(
        `UPDATE stocktake_line AS l
            SET counted_quantity = v.counted_quantity, counted_at = ?, counted_by = ?, updated_at = ?
           FROM (VALUES ${part.map(() => "(?, ?::integer)").join(", ")}) AS v(id, counted_quantity)
          WHERE l.id = v.id AND l.stocktake_id = ?`,
        [now, input.actor ?? null, now, ...part.flatMap((c) => [c.line_id, c.counted_quantity]), stocktake.id]
      )
    }
    await knex("stocktake").where({ id: stocktake.id }).update({ updated_at: now })
    return { updated: counts.length, previous }
  }

  /** Puts counts back as they were before a submission (compensation of recordCounts). */
  @InjectTransactionManager()
  async restoreCounts(
    input: { stocktake_id: string; previous: PreviousCount[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, "Stocktake writes")
    for (const line of input.previous) {
      await knex("stocktake_line")
        .where({ id: line.id, stocktake_id: input.stocktake_id })
        .update({
          counted_quantity: line.counted_quantity,
          counted_at: line.counted_at ? new Date(line.counted_at) : null,
          counted_by: line.counted_by,
        })
    }
  }

  /**
   * Claims a counting stocktake for approval (status → approved) under a row
   * lock. Refuses when lines are uncounted, unless `ignore_uncounted`: those
   * lines are then left as they are. A second approval finds it approved and
   * is refused, so nothing is ever applied twice.
   */
  @InjectTransactionManager()
  async beginApproval(
    input: { stocktake_id: string; actor?: string | null; ignore_uncounted?: boolean },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, "Stocktake writes")
    const stocktake = await this.lockStocktake_(knex, input.stocktake_id)
    assertStatus(stocktake, "counting", "be approved")
    const [{ uncounted }] = await knex("stocktake_line")
      .where({ stocktake_id: stocktake.id })
      .whereNull("deleted_at")
      .whereNull("counted_quantity")
      .count({ uncounted: "*" })
    if (Number(uncounted) > 0 && !input.ignore_uncounted) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${uncounted} line${Number(uncounted) === 1 ? " is" : "s are"} not counted yet: count ${Number(uncounted) === 1 ? "it" : "them"} or approve with uncounted: "ignore"`
      )
    }
    await knex("stocktake")
      .where({ id: stocktake.id })
      .update({ status: "approved", approved_by: input.actor ?? null, approved_at: new Date(), updated_at: new Date() })
    const lines = await knex("stocktake_line")
      .where({ stocktake_id: stocktake.id })
      .whereNull("deleted_at")
      .whereNotNull("counted_quantity")
      .orderBy("id")
      .select("id", "inventory_item_id", "expected_quantity", "counted_quantity")
    return { id: stocktake.id, location_id: stocktake.location_id, lines }
  }

  /** Moves a stocktake from one status to another, atomically; anything else is refused with its current status. */
  @InjectTransactionManager()
  async transitionStocktake(
    input: { stocktake_id: string; from: StocktakeStatus; to: StocktakeStatus; set?: Record<string, unknown> },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, "Stocktake writes")
    const stocktake = await this.lockStocktake_(knex, input.stocktake_id)
    assertStatus(stocktake, input.from, input.to === "canceled" ? "be canceled" : `become ${input.to}`)
    await knex("stocktake")
      .where({ id: stocktake.id })
      .update({ ...(input.set ?? {}), status: input.to, updated_at: new Date() })
  }

  /** Records what approval added to each level (null clears it again, for compensation). */
  @InjectTransactionManager()
  async setAppliedDeltas(
    input: { stocktake_id: string; deltas: { line_id: string; applied_delta: number | null }[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, "Stocktake writes")
    for (const part of chunks(input.deltas)) {
      await knex.raw(
        `UPDATE stocktake_line AS l SET applied_delta = v.applied_delta, updated_at = now()
           FROM (VALUES ${part.map(() => "(?, ?::integer)").join(", ")}) AS v(id, applied_delta)
          WHERE l.id = v.id AND l.stocktake_id = ?`,
        [...part.flatMap((d) => [d.line_id, d.applied_delta]), input.stocktake_id]
      )
    }
  }

  /** Line counts per stocktake: { id: { line_count, counted_count } }. */
  @InjectTransactionManager()
  async lineStats(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, { line_count: number; counted_count: number }>> {
    if (!ids.length) return {}
    const knex = transactionOf(sharedContext, "Stocktake writes")
    const { rows } = await knex.raw(
      `SELECT stocktake_id, COUNT(*)::int AS line_count, COUNT(counted_quantity)::int AS counted_count
         FROM stocktake_line WHERE stocktake_id = ANY(?) AND deleted_at IS NULL GROUP BY stocktake_id`,
      [ids]
    )
    const empty = { line_count: 0, counted_count: 0 }
    return Object.fromEntries(ids.map((id) => [id, rows.find((r: any) => r.stocktake_id === id) ?? empty]))
  }

  private async lockStocktake_(knex: any, id: string): Promise<StocktakeRow> {
    const row = await knex("stocktake")
      .where({ id })
      .whereNull("deleted_at")
      .forUpdate()
      .first("id", "status", "location_id")
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stocktake with id: ${id} was not found`)
    return row
  }
}

const lineNumber = (label: string) => Number(/\d+/.exec(label)?.[0] ?? 0)
const sortProblems = (problems: CountProblem[]) =>
  [...problems].sort((a, b) => lineNumber(a.label) - lineNumber(b.label))

function assertStatus(stocktake: StocktakeRow, expected: StocktakeStatus, action: string) {
  if (stocktake.status !== expected) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Stocktake ${stocktake.id} is ${stocktake.status}: only a ${expected} stocktake can ${action}`
    )
  }
}

export default StocktakeModuleService
