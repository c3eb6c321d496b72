import type { ExecArgs } from "@medusajs/framework/types"
import { runBackfill } from "../../src/workflows/analytics/backfill"

/**
 * Backfill throughput, in-process (run by bench/benchmarks/analytics.mjs with
 * `medusa exec`): BENCH_BACKFILL_BATCHES batches of BENCH_BACKFILL_BATCH
 * orders through the same refresh as the event subscribers (query.graph with
 * Medusa's totals, one transaction per batch). Prints BENCH_RESULT {json}.
 */
export default async function analyticsBackfillBench({ container }: ExecArgs) {
  const batchSize = Number(process.env.BENCH_BACKFILL_BATCH || 500)
  const maxBatches = Number(process.env.BENCH_BACKFILL_BATCHES || 10)
  const started = performance.now()
  const result = await runBackfill(container, { batchSize, maxBatches, restart: true })
  const seconds = (performance.now() - started) / 1000
  process.stdout.write(
    `BENCH_RESULT ${JSON.stringify({ ...result, seconds, batch_size: batchSize, batches: maxBatches })}\n`
  )
}
