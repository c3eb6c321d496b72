// Store API product listing with calculated prices, under concurrent load,
// against GET /health on the same server (the framework's overhead floor).
import { regionFor } from "../lib/store.mjs"

export default {
  name: "store-products",
  description: "GET /store/products?limit=20 with calculated prices vs GET /health",
  async run(ctx) {
    const regionId = await regionFor(ctx.query, "eur")
    const url = `/store/products?limit=20&region_id=${regionId}&fields=*variants.calculated_price`
    const { products } = await ctx.request(url)
    if (!products.length || !products[0].variants?.[0]?.calculated_price) {
      throw new Error(`${url} returned no priced products`)
    }

    const shape = ctx.quick ? { connections: 4, duration: 5, warmup: 2 } : { connections: 10, duration: 20, warmup: 5 }
    const health = await ctx.load({ url: "/health", ...shape })
    const listing = await ctx.load({ url, headers: { "x-publishable-api-key": ctx.publishableKey }, ...shape })

    const load = `${shape.connections} connections × ${shape.duration} s`
    return [
      {
        metric: "p50",
        figure: listing.p50,
        baseline: health.p50,
        unit: "ms",
        notes: `baseline GET /health; ${load}; ${listing.requests} listings of ${products.length} products`,
      },
      {
        metric: "p95",
        figure: listing.p95,
        baseline: health.p95,
        unit: "ms",
        notes: `baseline GET /health; p99 ${listing.p99.toFixed(0)} ms vs ${health.p99.toFixed(1)} ms`,
      },
      {
        metric: "throughput",
        figure: listing.rps,
        baseline: health.rps,
        unit: "req/s",
        notes: `baseline GET /health; ${load}; higher is better`,
      },
    ]
  },
}
