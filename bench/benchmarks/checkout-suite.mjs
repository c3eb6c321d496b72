// What the suite costs a checkout: POST /store/carts/:id/complete under
// concurrency on this app (every module, subscriber and workflow hook of the
// suite) against stock Medusa (the same Medusa packages and database, none of
// this project's code) started beside it, in interleaved rounds.
// Target: the suite costs at most 10% of checkout throughput.
import { client } from "../lib/http.mjs"
import { compareCheckouts, plannerStatistics, prepareCarts, stockedVariant } from "../lib/checkout-load.mjs"
import { regionFor } from "../lib/store.mjs"

export default {
  name: "checkout-suite",
  description: "concurrent POST /store/carts/:id/complete with the whole suite vs stock Medusa on the same database",
  async run(ctx) {
    const shape = ctx.quick ? { rounds: 2, perRound: 12, concurrency: 4 } : { rounds: 4, perRound: 40, concurrency: 8 }
    const regionId = await regionFor(ctx.query, "eur")
    const variantId = await stockedVariant(ctx, regionId, shape.rounds * shape.perRound * 2 + 10)
    const statistics = await plannerStatistics(ctx.query)
    const stock = await ctx.startServer({ label: "stock", stock: true })
    try {
      const stockRequest = client(stock.baseUrl, { publishableKey: ctx.publishableKey, adminToken: ctx.adminToken })
      // Warm-up on both: first use of the checkout workflows is not measured.
      for (const request of [ctx.request, stockRequest]) {
        const [cart] = await prepareCarts(ctx.request, { regionId, variantId, count: 1 })
        await request(`/store/carts/${cart}/complete`, { body: {} })
      }
      const { a: suite, b: plain } = await compareCheckouts({
        prepare: (count) => prepareCarts(ctx.request, { regionId, variantId, count }),
        a: ctx.request,
        b: stockRequest,
        ...shape,
        beforeRound: statistics.refresh,
      })
      const load = `${shape.rounds} interleaved rounds × ${shape.perRound} checkouts, ${shape.concurrency} at a time; ${statistics.note}`
      const bus = process.env.REDIS_URL
        ? "; Redis event bus: the suite's worker also consumes the stock server's events"
        : "; in-process event bus per server"
      return [
        {
          metric: "throughput",
          figure: suite.throughput,
          baseline: plain.throughput,
          unit: "checkouts/s",
          notes: `baseline stock Medusa on the same database; ${load}; target ratio >= 0.90${bus}`,
        },
        {
          metric: "p95",
          figure: suite.p95,
          baseline: plain.p95,
          unit: "ms",
          notes: `POST /store/carts/:id/complete; p50 ${suite.p50.toFixed(0)} vs ${plain.p50.toFixed(0)} ms`,
        },
      ]
    } finally {
      await stock.stop()
    }
  },
}
