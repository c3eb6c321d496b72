import { generateEntityId } from "@medusajs/framework/utils"
import type { AnalyticsRunKind, AnalyticsRunRow, AnalyticsSettings, AnalyticsSettingsUpdate } from "../types"

const SETTINGS_COLUMNS = [
  "id",
  "scope",
  "time_zone",
  "dead_stock_days",
  "max_range_days",
  "sync_segments_to_groups",
  "weekly_digest",
  "reconcile_sample_days",
]

/** The singleton settings row, created with defaults on first use (concurrent first uses agree). */
export async function ensureSettings(knex: any): Promise<AnalyticsSettings> {
  const existing = await knex("analytics_settings")
    .where({ scope: "store" })
    .whereNull("deleted_at")
    .first(SETTINGS_COLUMNS)
  if (existing) return existing
  await knex("analytics_settings")
    .insert({
      id: generateEntityId(undefined, "anset"),
      scope: "store",
      created_at: new Date(),
      updated_at: new Date(),
    })
    .onConflict(knex.raw("(scope) WHERE deleted_at IS NULL"))
    .ignore()
  return knex("analytics_settings").where({ scope: "store" }).whereNull("deleted_at").first(SETTINGS_COLUMNS)
}

/** Updates the settings under a row lock; says whether the time zone changed. */
export async function updateSettings(knex: any, data: AnalyticsSettingsUpdate) {
  const before = await ensureSettings(knex)
  const [settings] = await knex("analytics_settings")
    .where({ id: before.id })
    .update({ ...data, updated_at: new Date() })
    .returning(SETTINGS_COLUMNS)
  return { settings: settings as AnalyticsSettings, timeZoneChanged: settings.time_zone !== before.time_zone }
}

const RUN_COLUMNS = [
  "id",
  "kind",
  "status",
  "cursor",
  "processed",
  "total",
  "summary",
  "error",
  "started_at",
  "finished_at",
]

export async function startRun(
  knex: any,
  input: { kind: AnalyticsRunKind; total?: number | null; cursor?: string | null }
): Promise<AnalyticsRunRow> {
  const now = new Date()
  const [row] = await knex("analytics_run")
    .insert({
      id: generateEntityId(undefined, "anrun"),
      kind: input.kind,
      status: "running",
      cursor: input.cursor ?? null,
      processed: 0,
      total: input.total ?? null,
      started_at: now,
      created_at: now,
      updated_at: now,
    })
    .returning(RUN_COLUMNS)
  return row
}

export async function updateRun(
  knex: any,
  id: string,
  data: Partial<Pick<AnalyticsRunRow, "cursor" | "processed" | "total" | "summary">>
): Promise<AnalyticsRunRow> {
  const patch: Record<string, unknown> = { ...data, updated_at: new Date() }
  if (data.summary !== undefined) patch.summary = data.summary === null ? null : JSON.stringify(data.summary)
  const [row] = await knex("analytics_run").where({ id }).update(patch).returning(RUN_COLUMNS)
  return row
}

export async function finishRun(
  knex: any,
  id: string,
  data: { status: "completed" | "failed"; summary?: Record<string, unknown> | null; error?: string | null }
): Promise<AnalyticsRunRow> {
  const now = new Date()
  const patch: Record<string, unknown> = {
    status: data.status,
    error: data.error ? data.error.slice(0, 4000) : null,
    finished_at: now,
    updated_at: now,
  }
  if (data.summary !== undefined) patch.summary = data.summary === null ? null : JSON.stringify(data.summary)
  const [row] = await knex("analytics_run").where({ id }).update(patch).returning(RUN_COLUMNS)
  return row
}

export async function latestRun(
  knex: any,
  kind: AnalyticsRunKind,
  options: { unfinished?: boolean } = {}
): Promise<AnalyticsRunRow | null> {
  const q = knex("analytics_run").where({ kind }).whereNull("deleted_at")
  if (options.unfinished) q.whereIn("status", ["running", "failed"])
  const row = await q
    .orderBy([
      { column: "started_at", order: "desc" },
      { column: "id", order: "desc" },
    ])
    .first(RUN_COLUMNS)
  return row ?? null
}
