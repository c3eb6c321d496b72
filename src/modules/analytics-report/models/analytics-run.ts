import { model } from "@medusajs/framework/utils"

/**
 * A backfill, rebuild or reconcile run: its progress and outcome. A backfill
 * keeps its keyset cursor (the last order id done) so it can resume.
 */
const AnalyticsRun = model
  .define("analytics_run", {
    id: model.id({ prefix: "anrun" }).primaryKey(),
    kind: model.enum(["backfill", "rebuild", "reconcile"]),
    status: model.enum(["running", "completed", "failed"]).default("running"),
    cursor: model.text().nullable(),
    processed: model.number().default(0),
    total: model.number().nullable(),
    /** Reconcile: what was checked, drift found and repaired. */
    summary: model.json().nullable(),
    error: model.text().nullable(),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["kind", "started_at"] }])

export default AnalyticsRun
