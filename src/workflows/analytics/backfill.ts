import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ANALYTICS_REPORT_MODULE } from "../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../modules/analytics-report/service"
import { refreshOrderFactsWorkflow } from "./refresh-order-facts"

export type BackfillOptions = {
  /** Orders per batch: one query.graph call and one transaction each (default 500). */
  batchSize?: number
  /** Start over instead of resuming an unfinished run. */
  restart?: boolean
  /** Delete every fact and rollup first (implies restart). */
  clear?: boolean
  /**
   * Batches refreshed at the same time (default 2): reading orders through
   * query.graph waits on the database, so two batches in flight overlap
   * those waits. Rounds still advance the cursor in id order.
   */
  concurrency?: number
  /** Stop after this many rounds (the run stays resumable). */
  maxBatches?: number
  log?: (line: string) => void
}

export type BackfillResult = {
  run_id: string
  processed: number
  total: number | null
  cursor: string | null
  completed: boolean
  orders_per_second: number
}

/**
 * Builds the facts of every existing order, keyset-paginated by order id
 * through the same refresh as the event subscribers. Progress (cursor,
 * processed) is kept in an analytics_run row after every batch, so an
 * interrupted backfill resumes where it stopped. Safe while the store takes
 * orders: the refresh keeps the newest state of each order.
 */
export async function runBackfill(container: MedusaContainer, options: BackfillOptions = {}): Promise<BackfillResult> {
  const service: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const log = options.log ?? (() => undefined)
  const batchSize = Math.max(1, Math.min(options.batchSize ?? 500, 5000))
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 2, 8))

  if (options.clear) await service.clearFacts()
  const { metadata } = await query.graph({ entity: "order", fields: ["id"], pagination: { take: 1, skip: 0 } })
  const total = (metadata as any)?.count ?? null

  let run = options.restart || options.clear ? null : await service.latestRun("backfill", { unfinished: true })
  if (run) log(`analytics backfill: resuming run ${run.id} after ${run.cursor ?? "(start)"} (${run.processed} done)`)
  else run = await service.startRun({ kind: "backfill", total })

  let cursor = run.cursor
  let processed = run.processed
  const started = Date.now()
  let done = 0
  let batches = 0
  try {
    for (;;) {
      if (options.maxBatches !== undefined && batches >= options.maxBatches) break
      let read = 0
      let next: string | null = null
      if (concurrency === 1) {
        const { result } = await refreshOrderFactsWorkflow(container).run({
          input: { after: cursor, limit: batchSize },
        })
        read = result.read
        next = result.cursor
      } else {
        // The ids of the round (cheap), then its batches in parallel.
        const { data } = await query.graph({
          entity: "order",
          fields: ["id"],
          filters: cursor ? { id: { $gt: cursor } } : {},
          pagination: { take: batchSize * concurrency, order: { id: "ASC" } },
        })
        const ids = (data as { id: string }[]).map((o) => o.id)
        const slices = Array.from({ length: Math.ceil(ids.length / batchSize) }, (_, i) =>
          ids.slice(i * batchSize, (i + 1) * batchSize)
        )
        const results = await Promise.all(
          slices.map((order_ids) => refreshOrderFactsWorkflow(container).run({ input: { order_ids } }))
        )
        read = results.reduce((sum, r) => sum + r.result.read, 0)
        next = ids.length ? ids[ids.length - 1] : null
      }
      batches++
      if (!next) {
        run = await service.finishRun(run.id, { status: "completed", summary: { processed, total } })
        const rate = done / Math.max((Date.now() - started) / 1000, 0.001)
        log(`analytics backfill: done, ${processed} orders (${rate.toFixed(0)} orders/s)`)
        return { run_id: run.id, processed, total, cursor, completed: true, orders_per_second: rate }
      }
      cursor = next
      processed += read
      done += read
      await service.updateRun(run.id, { cursor, processed, total })
      const rate = done / Math.max((Date.now() - started) / 1000, 0.001)
      log(`analytics backfill: ${processed}/${total ?? "?"} orders (${rate.toFixed(0)} orders/s)`)
    }
  } catch (error: any) {
    await service.finishRun(run.id, { status: "failed", error: String(error?.message ?? error) })
    throw error
  }
  const rate = done / Math.max((Date.now() - started) / 1000, 0.001)
  return { run_id: run.id, processed, total, cursor, completed: false, orders_per_second: rate }
}
