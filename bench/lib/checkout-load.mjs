// Concurrent checkout completion for topology/overhead comparisons: carts are
// prepared first (cart, address, shipping, payment session), then
// POST /store/carts/:id/complete is fired `concurrency` at a time and timed.
import { summarize } from "./http.mjs"
import { addCheapestShipping, createCart } from "./store.mjs"

/** A priced variant of the region with `units` more in stock at every level (so stock never runs out mid-run). */
export async function stockedVariant(ctx, regionId, units) {
  const { products } = await ctx.request(
    `/store/products?limit=100&region_id=${regionId}&fields=*variants.calculated_price`
  )
  const variant = products
    .flatMap((p) => p.variants ?? [])
    .find((v) => v.calculated_price?.calculated_amount != null && v.manage_inventory !== false)
  if (!variant) throw new Error("no priced, stock-managed variant")
  await ctx.query(
    `UPDATE inventory_level SET stocked_quantity = stocked_quantity + $2,
       raw_stocked_quantity = jsonb_build_object('value', (stocked_quantity + $2)::text, 'precision', 20)
     WHERE inventory_item_id IN (SELECT inventory_item_id FROM product_variant_inventory_item WHERE variant_id = $1 AND deleted_at IS NULL)`,
    [variant.id, units]
  )
  return variant.id
}

/** `count` carts ready to complete, `parallel` prepared at a time. */
export async function prepareCarts(request, { regionId, variantId, count, parallel = 4 }) {
  const carts = []
  let next = 0
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        next++
        const cartId = await createCart(request, {
          regionId,
          variantId,
          email: `bench-${Date.now()}-${next}@example.com`,
        })
        await addCheapestShipping(request, cartId)
        const { payment_collection } = await request("/store/payment-collections", { body: { cart_id: cartId } })
        await request(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
          body: { provider_id: "pp_system_default" },
        })
        carts.push(cartId)
      }
    })
  )
  return carts
}

/** Completes `carts` through `request`, `concurrency` at a time: checkouts/s and latency of each completion. */
export async function completeCarts(request, carts, concurrency) {
  const queue = [...carts]
  const latencies = []
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let cartId = queue.shift(); cartId; cartId = queue.shift()) {
        const t = performance.now()
        const completed = await request(`/store/carts/${cartId}/complete`, { body: {} })
        if (completed.type !== "order")
          throw new Error(`cart ${cartId} not completed: ${JSON.stringify(completed.error)}`)
        latencies.push(performance.now() - t)
      }
    })
  )
  const seconds = (performance.now() - started) / 1000
  return { throughput: carts.length / seconds, ...summarize(latencies) }
}

/**
 * Planner statistics as a running store has them. A bench database is new:
 * its tables were filled by the seed and grow with every round, and a server
 * with autovacuum off (this machine's PostgreSQL runs so) never analyzes them,
 * so the planner takes every table for empty and picks nested loops that read
 * a whole table per row (one of our lookups read all 112 stock levels 56
 * times). With autovacuum off, `refresh` runs the ANALYZE autovacuum would
 * have run; with it on, autovacuum does and `refresh` does nothing.
 */
export async function plannerStatistics(query) {
  const [{ autovacuum }] = await query("SHOW autovacuum")
  const off = autovacuum !== "on"
  return {
    refresh: async () => {
      if (off) await query("ANALYZE")
    },
    note: off ? "autovacuum is off on this server: ANALYZE before each round" : "autovacuum on",
  }
}

/**
 * Interleaved rounds on two servers (A, B, A, B, ...), so drift on a busy
 * machine hits both alike; totals over all rounds. `beforeRound` runs after
 * each round's carts are prepared, before they are completed.
 */
export async function compareCheckouts({ prepare, a, b, rounds, perRound, concurrency, beforeRound = async () => {} }) {
  const results = { a: [], b: [] }
  for (let round = 0; round < rounds; round++) {
    for (const [key, request] of [
      ["a", a],
      ["b", b],
    ]) {
      const carts = await prepare(perRound)
      await beforeRound()
      results[key].push(await completeCarts(request, carts, concurrency))
    }
  }
  const merge = (list) => ({
    throughput: list.reduce((sum, r) => sum + r.throughput, 0) / list.length,
    p50: list.map((r) => r.p50).sort((x, y) => x - y)[Math.floor(list.length / 2)],
    p95: Math.max(...list.map((r) => r.p95)),
  })
  return { a: merge(results.a), b: merge(results.b) }
}
