// A full Store API guest checkout, run sequentially: cart -> shipping ->
// payment session (pp_system_default) -> complete. Baseline: the
// cart-creation request alone, timed inside the same checkouts.
import { summarize, timed } from "../lib/http.mjs"
import { addCheapestShipping, createCart, payAndComplete, regionFor } from "../lib/store.mjs"

export default {
  name: "checkout",
  description: "sequential guest checkouts (6 Store API requests each) vs the cart creation alone",
  async run(ctx) {
    const runs = ctx.quick ? 8 : 40
    const regionId = await regionFor(ctx.query, "eur")
    const variantId = await bestStockedVariant(ctx, regionId, runs + 1)

    const checkout = async () => {
      const [cartId, cartMs] = await timed(() => createCart(ctx.request, { regionId, variantId }))
      await addCheapestShipping(ctx.request, cartId)
      await payAndComplete(ctx.request, cartId)
      return cartMs
    }
    await checkout() // warm-up: first use of the checkout workflows, not measured

    const totals = []
    const carts = []
    for (let i = 0; i < runs; i++) {
      const [cartMs, totalMs] = await timed(checkout)
      totals.push(totalMs)
      carts.push(cartMs)
    }
    const total = summarize(totals)
    const cart = summarize(carts)
    const notes = `baseline POST /store/carts alone; ${runs} checkouts one after another, after 1 warm-up`
    return [
      { metric: "p50", figure: total.p50, baseline: cart.p50, unit: "ms", notes },
      {
        metric: "p95",
        figure: total.p95,
        baseline: cart.p95,
        unit: "ms",
        notes: `baseline POST /store/carts alone; mean ${total.mean.toFixed(0)} ms per checkout`,
      },
    ]
  },
}

/** The priced variant with the most stock (at least `needed` units). */
async function bestStockedVariant(ctx, regionId, needed) {
  const { products } = await ctx.request(
    `/store/products?limit=100&region_id=${regionId}&fields=*variants.calculated_price,+variants.inventory_quantity`
  )
  const variants = products
    .flatMap((p) => p.variants ?? [])
    .filter((v) => v.calculated_price?.calculated_amount != null)
    .sort((a, b) => (b.inventory_quantity ?? 0) - (a.inventory_quantity ?? 0))
  const best = variants[0]
  if (!best || (best.manage_inventory !== false && (best.inventory_quantity ?? 0) < needed)) {
    throw new Error(`no priced variant with ${needed} units in stock`)
  }
  return best.id
}
