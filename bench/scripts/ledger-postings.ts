import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { LOYALTY_POINTS_MODULE } from "../../src/modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../src/modules/loyalty-points/service"

/**
 * Ledger posting throughput, in-process (run by bench/benchmarks/loyalty.mjs
 * with `medusa exec`): N postings over 200 customers, 8 at a time, then the
 * same N again (redeliveries: idempotent no-ops), then N new postings in
 * batches of 25 per postEntries call (one transaction each). Baseline: N single-row
 * INSERTs, one transaction each, 8 at a time, into a table with the same
 * unique key: the database's floor for "one durable posting per event".
 * Prints one line: BENCH_RESULT {json}.
 */
export default async function ledgerPostings({ container }: ExecArgs) {
  const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const total = Number(process.env.BENCH_POSTINGS || 4000)
  const concurrency = 8
  const run = async (task: (i: number) => Promise<unknown>) => {
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) await task(next++)
      })
    )
    return total / ((performance.now() - started) / 1000)
  }
  const posting = (i: number) =>
    loyalty.postEntry({
      customer_id: `cus_bench_${i % 200}`,
      kind: "earn",
      points: 10 + (i % 7),
      source: "bench",
      source_id: `bench_${i}`,
      currency_code: "eur",
    })

  await knex.raw("DROP TABLE IF EXISTS bench_ledger_floor")
  await knex.raw(
    "CREATE TABLE bench_ledger_floor (id text PRIMARY KEY, customer_id text NOT NULL, points int NOT NULL, source_id text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now())"
  )
  const baseline = await run((i) =>
    knex.transaction((trx) =>
      trx("bench_ledger_floor").insert({
        id: generateEntityId(undefined, "floor"),
        customer_id: `cus_bench_${i % 200}`,
        points: 10,
        source_id: `floor_${i}`,
      })
    )
  )
  const postings = await run(posting)
  const replays = await run(posting)
  // Batches: the same number of new postings, BATCH per postEntries call (one
  // transaction and one commit per batch), 8 batches at a time.
  const batch = 25
  const batched = await (async () => {
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) {
          const from = next
          next += batch
          await loyalty.postEntries(
            Array.from({ length: Math.min(batch, total - from) }, (_, k) => ({
              customer_id: `cus_bench_${(from + k) % 200}`,
              kind: "earn" as const,
              points: 10 + ((from + k) % 7),
              source: "bench-batch",
              source_id: `bench_batch_${from + k}`,
              currency_code: "eur",
            }))
          )
        }
      })
    )
    return total / ((performance.now() - started) / 1000)
  })()
  const mismatches = await loyalty.reconcile()
  await knex.raw("DROP TABLE IF EXISTS bench_ledger_floor")
  process.stdout.write(
    `BENCH_RESULT ${JSON.stringify({ total, concurrency, batch, postings, replays, batched, baseline, mismatches: mismatches.length })}\n`
  )
}
