// Loyalty points and coupons:
// - generating a batch of unique coupon codes (100,000; 20,000 with --quick)
//   vs one INSERT ... SELECT of as many random codes into a uniquely indexed table;
// - ledger postings per second (new, then redelivered), in-process, vs bare
//   one-row transactions into a table with the same unique key;
// - a customer's checkout with points applied vs the same checkout without, and, for
//   reference, the same checkout with a Medusa promotion code of the same value.
import { spawn } from "node:child_process"
import path from "node:path"
import { summarize, timed } from "../lib/http.mjs"
import { addCheapestShipping, createCart, payAndComplete, regionFor } from "../lib/store.mjs"

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..")

export default {
  name: "loyalty",
  description: "coupon code generation, ledger postings/s, checkout with points vs without",
  async run(ctx) {
    return [...(await couponCodes(ctx)), ...(await ledgerPostings(ctx)), ...(await checkoutWithPoints(ctx))]
  },
}

async function couponCodes(ctx) {
  const count = ctx.quick ? 20_000 : 100_000
  const { promotion } = await ctx.request("/admin/promotions", {
    body: {
      code: `BENCH-${Date.now()}`,
      type: "standard",
      status: "active",
      application_method: { type: "fixed", target_type: "order", allocation: "across", value: 5, currency_code: "eur" },
    },
  })
  const [, ours] = await timed(async () => {
    let { coupon_batch: batch } = await ctx.request("/admin/coupon-batches", {
      body: { name: "bench", promotion_id: promotion.id, count, prefix: "BENCH" },
    })
    while (batch.status === "generating") {
      await new Promise((resolve) => setTimeout(resolve, 100))
      batch = (await ctx.request(`/admin/coupon-batches/${batch.id}`)).coupon_batch
    }
    if (batch.status !== "ready" || batch.generated_count !== count) throw new Error(`batch ended ${batch.status}`)
  })
  await ctx.query("DROP TABLE IF EXISTS bench_code_floor")
  await ctx.query("CREATE TABLE bench_code_floor (id text PRIMARY KEY, code text NOT NULL UNIQUE)")
  const [, floor] = await timed(() =>
    ctx.query(
      `INSERT INTO bench_code_floor (id, code)
       SELECT 'f' || g, upper(substr(md5(random()::text || g), 1, 13)) FROM generate_series(1, $1) g
       ON CONFLICT DO NOTHING`,
      [count]
    )
  )
  await ctx.query("DROP TABLE IF EXISTS bench_code_floor")
  return [
    {
      metric: `${count / 1000}k coupon codes`,
      figure: ours / 1000,
      baseline: floor / 1000,
      unit: "s",
      notes:
        "POST /admin/coupon-batches until ready (target < 10 s for 100k); baseline one INSERT ... SELECT generate_series",
    },
  ]
}

function ledgerPostings(ctx) {
  const total = ctx.quick ? 2000 : 10000
  return new Promise((resolve, reject) => {
    let output = ""
    const proc = spawn(
      path.join(root, "node_modules", ".bin", "medusa"),
      ["exec", "./bench/scripts/ledger-postings.ts"],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: ctx.databaseUrl,
          BENCH_POSTINGS: String(total),
          MEDUSA_DISABLE_TELEMETRY: "true",
        },
      }
    )
    proc.stdout.on("data", (chunk) => (output += chunk))
    proc.stderr.on("data", (chunk) => (output += chunk))
    proc.on("exit", (code) => {
      const line = output.split("\n").find((l) => l.startsWith("BENCH_RESULT "))
      if (code !== 0 || !line) return reject(new Error(`ledger bench failed (${code}): ${output.slice(-500)}`))
      const r = JSON.parse(line.slice("BENCH_RESULT ".length))
      if (r.mismatches) return reject(new Error(`${r.mismatches} accounts out of balance after the run`))
      const notes = `${r.total} postings over 200 customers, ${r.concurrency} at a time (target >= 2,000/s); baseline bare one-row transactions`
      resolve([
        { metric: "ledger postings", figure: r.postings, baseline: r.baseline, unit: "postings/s", notes },
        {
          metric: "ledger postings in batches",
          figure: r.batched,
          baseline: r.baseline,
          unit: "postings/s",
          notes: `${r.total} postings, ${r.batch} per postEntries call (one transaction), ${r.concurrency} batches at a time (target >= 2,000/s)`,
        },
        {
          metric: "ledger redeliveries",
          figure: r.replays,
          baseline: r.baseline,
          unit: "postings/s",
          notes: "the same postings again: idempotent no-ops",
        },
      ])
    })
  })
}

async function checkoutWithPoints(ctx) {
  const runs = ctx.quick ? 6 : 30
  const regionId = await regionFor(ctx.query, "eur")
  const rules = await ctx.request("/admin/loyalty/rules")
  if (!rules.rules.some((r) => r.currency_code === "eur")) {
    await ctx.request("/admin/loyalty/rules", { body: { currency_code: "eur" } })
  }
  const email = `bench-points-${Date.now()}@example.com`
  const { token: registration } = await ctx.request("/auth/customer/emailpass/register", {
    body: { email, password: "bench-password" },
  })
  const { customer } = await ctx.request("/store/customers", {
    body: { email, first_name: "Bench" },
    headers: { authorization: `Bearer ${registration}` },
  })
  const { token } = await ctx.request("/auth/customer/emailpass", { body: { email, password: "bench-password" } })
  const auth = { authorization: `Bearer ${token}` }
  await ctx.request(`/admin/loyalty/accounts/${customer.id}/adjustments`, {
    body: { points: runs * 200 + 1000, reason: "benchmark balance" },
  })
  const [variant] = await ctx.query(
    `SELECT v.id FROM product_variant v
       JOIN product_variant_inventory_item pvi ON pvi.variant_id = v.id AND pvi.deleted_at IS NULL
       JOIN inventory_level l ON l.inventory_item_id = pvi.inventory_item_id AND l.deleted_at IS NULL
      WHERE v.deleted_at IS NULL GROUP BY v.id ORDER BY SUM(l.stocked_quantity - l.reserved_quantity) DESC LIMIT 1`
  )
  // The reference a merchant compares points with: the same discount as a
  // plain Medusa promotion code (100 points = 1 EUR under the default rule).
  const code = `BENCH-EUR1-${Date.now()}`
  await ctx.request("/admin/promotions", {
    body: {
      code,
      type: "standard",
      status: "active",
      is_tax_inclusive: true,
      application_method: { type: "fixed", target_type: "order", allocation: "across", value: 1, currency_code: "eur" },
    },
  })
  const authed =
    (request) =>
    (p, opts = {}) =>
      request(p, { ...opts, headers: { ...auth, ...(opts.headers ?? {}) } })
  const request = authed(ctx.request)
  const discounts = {
    none: null,
    points: (cartId) => request(`/store/carts/${cartId}/loyalty-points`, { body: { points: 100 } }),
    code: (cartId) => request(`/store/carts/${cartId}/promotions`, { body: { promo_codes: [code] } }),
  }
  // Where the difference goes: the discount request itself, and the payment and
  // completion requests after it (a cart with a discount costs Medusa more there).
  const totals = { none: [], points: [], code: [] }
  const applying = { points: [], code: [] }
  const paying = { none: [], points: [], code: [] }
  const checkout = async (kind) => {
    const cartId = await createCart(request, { regionId, variantId: variant.id, email })
    await addCheapestShipping(request, cartId)
    if (discounts[kind]) applying[kind].push((await timed(() => discounts[kind](cartId)))[1])
    paying[kind].push((await timed(() => payAndComplete(request, cartId)))[1])
  }
  const kinds = Object.keys(totals)
  for (const kind of kinds) await checkout(kind) // warm-up of every path
  for (const list of [...Object.values(applying), ...Object.values(paying)]) list.length = 0
  for (let i = 0; i < runs; i++) {
    // Interleaved so drift (caches, vacuum) hits every side alike.
    for (const kind of kinds) totals[kind].push((await timed(() => checkout(kind)))[1])
  }
  const [none, points, coded] = kinds.map((kind) => summarize(totals[kind]))
  const p50 = (list) => summarize(list).p50.toFixed(0)
  const split =
    `apply request p50 ${p50(applying.points)} ms (promotion code ${p50(applying.code)} ms); payment + completion p50 ` +
    `${p50(paying.points)} vs ${p50(paying.none)} ms (promotion code ${p50(paying.code)} ms)`
  const notes = `${runs} checkouts each, interleaved; with points = + POST /store/carts/:id/loyalty-points (target < 1.10); ${split}`
  const codeNotes =
    "the same checkouts with a 1 EUR Medusa promotion code (POST /store/carts/:id/promotions) instead of points: " +
    `what the Promotion module costs a checkout; points vs code p50 ${(points.p50 / coded.p50).toFixed(2)}×, p95 ${(points.p95 / coded.p95).toFixed(2)}×`
  return [
    { metric: "checkout with points p50", figure: points.p50, baseline: none.p50, unit: "ms", notes },
    { metric: "checkout with points p95", figure: points.p95, baseline: none.p95, unit: "ms", notes },
    {
      metric: "checkout with a promotion code p50",
      figure: coded.p50,
      baseline: none.p50,
      unit: "ms",
      notes: codeNotes,
    },
    {
      metric: "checkout with a promotion code p95",
      figure: coded.p95,
      baseline: none.p95,
      unit: "ms",
      notes: codeNotes,
    },
  ]
}
