// Scale-out with Redis: one API server (MEDUSA_WORKER_MODE=server) plus one
// worker process (MEDUSA_WORKER_MODE=worker: subscribers, jobs, workflows)
// against the single shared-mode process of the harness, both on Redis for
// events, workflows, locking and cache. Figure: checkout completions per
// second on the split pair; baseline: the same load on the single process.
// Needs REDIS_URL (the whole run then uses Redis); skipped otherwise.
import os from "node:os"
import { client } from "../lib/http.mjs"
import { compareCheckouts, plannerStatistics, prepareCarts, stockedVariant } from "../lib/checkout-load.mjs"
import { regionFor } from "../lib/store.mjs"

export default {
  name: "scale-out",
  description: "checkout completions/s: API server + worker process (Redis) vs one shared process (Redis)",
  async run(ctx) {
    if (!process.env.REDIS_URL) {
      return [
        {
          metric: "throughput",
          figure: NaN,
          baseline: NaN,
          unit: "checkouts/s",
          notes: "skipped: run with REDIS_URL set (npm run bench -- scale-out with REDIS_URL=redis://...)",
        },
      ]
    }
    const shape = ctx.quick ? { rounds: 2, perRound: 12, concurrency: 4 } : { rounds: 4, perRound: 40, concurrency: 8 }
    const regionId = await regionFor(ctx.query, "eur")
    const variantId = await stockedVariant(ctx, regionId, shape.rounds * shape.perRound * 2 + 10)
    const statistics = await plannerStatistics(ctx.query)
    const worker = await ctx.startServer({
      label: "worker",
      env: { MEDUSA_WORKER_MODE: "worker", DISABLE_MEDUSA_ADMIN: "true" },
    })
    const server = await ctx.startServer({ label: "server", env: { MEDUSA_WORKER_MODE: "server" } })
    try {
      const split = client(server.baseUrl, { publishableKey: ctx.publishableKey, adminToken: ctx.adminToken })
      for (const request of [ctx.request, split]) {
        const [cart] = await prepareCarts(ctx.request, { regionId, variantId, count: 1 })
        await request(`/store/carts/${cart}/complete`, { body: {} })
      }
      const { a: pair, b: single } = await compareCheckouts({
        prepare: (count) => prepareCarts(ctx.request, { regionId, variantId, count }),
        a: split,
        b: ctx.request,
        ...shape,
        beforeRound: statistics.refresh,
      })
      const load = `${shape.rounds} interleaved rounds × ${shape.perRound} checkouts, ${shape.concurrency} at a time; ${statistics.note}`
      return [
        {
          metric: "throughput",
          figure: pair.throughput,
          baseline: single.throughput,
          unit: "checkouts/s",
          notes: `baseline one shared-mode process; ${load}; the harness's shared process takes a share of the Redis event jobs in both cases, all on ${os.cpus().length} cores`,
        },
        {
          metric: "p95",
          figure: pair.p95,
          baseline: single.p95,
          unit: "ms",
          notes: `POST /store/carts/:id/complete; p50 ${pair.p50.toFixed(0)} vs ${single.p50.toFixed(0)} ms`,
        },
      ]
    } finally {
      await server.stop()
      await worker.stop()
    }
  },
}
