// Analytics: the sales report over a year by day on a synthetic history of
// 1,000,000 orders (100,000 with --quick), bulk-inserted in the shape of
// Medusa's order and payment tables.
// - Figure: GET /admin/reports/sales (our rollups, over HTTP); baseline: the
//   same report computed live from Medusa's order tables in SQL (no HTTP), in
//   the same run. Targets: p95 < 50 ms, at least 100x faster than live.
// - Backfill: a sample of orders through the real backfill (query.graph with
//   Medusa's totals, the subscribers' refresh) gives orders/s; the rest of the
//   history gets its facts in bulk from the same tables, then the module's own
//   rollup rebuild runs. The report must equal the live computation for every
//   day and currency, or the benchmark fails.
import { spawn } from "node:child_process"
import path from "node:path"
import { root } from "../../scripts/lib/server.mjs"
import { summarize, timed } from "../lib/http.mjs"
import { generateOrders, insertSyntheticFacts, liveSalesSql } from "../lib/synthetic-orders.mjs"

const FROM = "2025-01-01"
const TO = "2025-12-31"
const KEYS = ["gross_sales", "discounts", "refunds", "net_sales", "tax", "shipping", "orders", "units"]

function exec(script, env, databaseUrl) {
  return new Promise((resolve, reject) => {
    const proc = spawn(path.join(root, "node_modules", ".bin", "medusa"), ["exec", script], {
      cwd: root,
      env: { ...process.env, ...env, DATABASE_URL: databaseUrl, MEDUSA_DISABLE_TELEMETRY: "true" },
    })
    let output = ""
    proc.stdout.on("data", (d) => (output += d))
    proc.stderr.on("data", (d) => (output += d))
    proc.on("exit", (code) => {
      const line = output.split("\n").find((l) => l.startsWith("BENCH_RESULT "))
      if (code !== 0 || !line) return reject(new Error(`${script} failed (${code}): ${output.slice(-600)}`))
      resolve(JSON.parse(line.slice("BENCH_RESULT ".length)))
    })
  })
}

export default {
  name: "analytics",
  description: "sales report, a year by day, on 1,000,000 synthetic orders (100,000 quick): rollups vs live SQL over Medusa's tables; backfill orders/s",
  async run(ctx) {
    const count = ctx.quick ? 100_000 : 1_000_000
    const run = `b${Date.now().toString(36)}`
    const regions = Object.fromEntries(
      (await ctx.query("SELECT id, currency_code FROM region WHERE deleted_at IS NULL")).map((r) => [r.currency_code, r.id])
    )
    const [channel] = await ctx.query("SELECT default_sales_channel_id AS id FROM store LIMIT 1")
    const variants = await ctx.query("SELECT id, product_id FROM product_variant WHERE deleted_at IS NULL LIMIT 200")
    const [, generateMs] = await timed(() =>
      generateOrders(ctx.query, {
        run,
        count,
        from: new Date(`${FROM}T00:00:00Z`),
        days: 365,
        regions,
        salesChannelId: channel.id,
        variants,
        promotionId: "promo_bench",
        log: (line) => (line.endsWith("0,000 of " + count.toLocaleString("en")) ? ctx.log(line) : undefined),
      })
    )
    ctx.log(`analytics: ${count.toLocaleString("en")} orders generated in ${(generateMs / 1000).toFixed(0)} s`)

    // The real backfill on a sample (from the oldest id: the demo orders, then the synthetic ones).
    const batch = 500
    const batches = ctx.quick ? 4 : 10
    const backfill = await exec(
      "./bench/scripts/analytics-backfill.ts",
      { BENCH_BACKFILL_BATCH: String(batch), BENCH_BACKFILL_BATCHES: String(batches) },
      ctx.databaseUrl
    )
    ctx.log(`analytics: backfilled ${backfill.processed} orders at ${backfill.orders_per_second.toFixed(0)} orders/s`)
    const [, fillMs] = await timed(() => insertSyntheticFacts(ctx.query, { run }))
    const rebuild = await exec("./bench/scripts/analytics-rebuild.ts", {}, ctx.databaseUrl)
    ctx.log(`analytics: facts filled in ${(fillMs / 1000).toFixed(0)} s, rollups rebuilt in ${rebuild.seconds.toFixed(1)} s`)

    const url = `/admin/reports/sales?from=${FROM}&to=${TO}&granularity=day&compare=none`
    const report = await ctx.request(url)
    const liveRows = await ctx.query(liveSalesSql(), [FROM, TO, "UTC"])
    const mismatches = compare(report, liveRows)
    if (mismatches.length) {
      throw new Error(`report differs from the live computation on ${mismatches.length} values, e.g. ${mismatches.slice(0, 3).join("; ")}`)
    }

    // Warm-up: the first requests after start-up compile the report path (V8 and the ORM's
    // caches); they are not what a store that serves reports all day sees.
    const warmup = 20
    for (let i = 0; i < warmup; i++) await ctx.request(url)
    const ourRuns = ctx.quick ? 40 : 200
    const ours = []
    for (let i = 0; i < ourRuns; i++) ours.push((await timed(() => ctx.request(url)))[1])
    const liveRuns = ctx.quick ? 5 : 3
    const live = []
    for (let i = 0; i < liveRuns; i++) live.push((await timed(() => ctx.query(liveSalesSql(), [FROM, TO, "UTC"])))[1])
    const a = summarize(ours)
    const b = summarize(live)
    const days = report.groups.reduce((sum, g) => sum + g.series.length, 0)
    const notes = `${count.toLocaleString("en")} orders, ${days} day × currency points equal to the live SQL; ${ourRuns} report requests (after ${warmup} warm-up requests) vs ${liveRuns} live runs; target p95 < 50 ms and >= 100× faster`
    return [
      { metric: "sales report p50", figure: a.p50, baseline: b.p50, unit: "ms", notes },
      {
        metric: "sales report p95",
        figure: a.p95,
        baseline: b.p95,
        unit: "ms",
        notes: `ours over HTTP (admin API), live as bare SQL; ${(b.p95 / a.p95).toFixed(0)}× faster at p95`,
      },
      {
        metric: "backfill",
        figure: backfill.orders_per_second,
        baseline: count / (generateMs / 1000),
        unit: "orders/s",
        notes: `${backfill.processed} orders through the real backfill (batches of ${batch}, query.graph with Medusa's totals); baseline: bulk INSERT of the synthetic orders; the other ${count.toLocaleString("en")} orders' facts bulk-filled in ${(fillMs / 1000).toFixed(0)} s, rollups rebuilt by the module in ${rebuild.seconds.toFixed(1)} s`,
      },
    ]
  },
}

/** Every day × currency value of the report against the live rows (money to the cent). */
function compare(report, liveRows) {
  const live = new Map(liveRows.map((r) => [`${r.day}|${r.currency_code}`, r]))
  const problems = []
  const seen = new Set()
  for (const group of report.groups) {
    for (const point of group.series) {
      const key = `${point.period}|${group.currency_code}`
      const want = live.get(key)
      const zero = KEYS.every((k) => Number(point[k] ?? 0) === 0)
      if (!want) {
        if (!zero) problems.push(`${key}: not in the live result`)
        continue
      }
      seen.add(key)
      for (const k of KEYS) {
        if (Math.abs(Number(point[k] ?? 0) - Number(want[k])) >= 0.005) problems.push(`${key} ${k}: ${point[k]} vs ${want[k]}`)
      }
    }
  }
  for (const key of live.keys()) if (!seen.has(key)) problems.push(`${key}: missing from the report`)
  return problems
}
