#!/usr/bin/env node
// `npm run bench`: Medusa performance figures, each next to a baseline measured
// in the same run on the same server, and their ratio.
//
//   npm run bench                 full: demo store of SEED_PRODUCTS/SEED_ORDERS (48/200), long runs
//   npm run bench -- --quick      small store (12 products, 10 orders), short runs
//   npm run bench -- --prod       against the production build (medusa build + medusa start)
//   npm run bench -- checkout     only benchmarks whose file name contains a word
//
// A benchmark is bench/benchmarks/<name>.mjs exporting { name, description, run(ctx) };
// run returns { figure, baseline, unit, ratio?, notes? } or a list of them, each
// with a `metric` label. ratio defaults to figure ÷ baseline.
// Results: a table printed and written to docs/BENCHMARKS.md; raw JSON in .cache/bench/last.json.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { log } from "../scripts/lib/db.mjs"
import { loadDotEnv, root, startStack } from "../scripts/lib/server.mjs"
import { client, load } from "./lib/http.mjs"

const args = process.argv.slice(2)
const quick = args.includes("--quick")
const prod = args.includes("--prod")
const filters = args.filter((arg) => !arg.startsWith("-"))
const benchmarksDir = path.join(root, "bench", "benchmarks")

async function loadBenchmarks() {
  const files = fs
    .readdirSync(benchmarksDir)
    .filter((file) => file.endsWith(".mjs"))
    .filter((file) => !filters.length || filters.some((word) => file.includes(word)))
    .sort()
  return Promise.all(
    files.map(async (file) => {
      const mod = await import(path.join(benchmarksDir, file))
      return mod.default ?? mod
    })
  )
}

/** Share of CPU time in use over `ms`, measured while the server is idle: other processes' load. */
async function backgroundCpu(ms = 3000) {
  const sample = () =>
    os.cpus().reduce(
      (acc, { times }) => {
        const total = Object.values(times).reduce((a, b) => a + b, 0)
        return { idle: acc.idle + times.idle, total: acc.total + total }
      },
      { idle: 0, total: 0 }
    )
  const before = sample()
  await new Promise((resolve) => setTimeout(resolve, ms))
  const after = sample()
  return Math.round((1 - (after.idle - before.idle) / (after.total - before.total)) * 100)
}

async function machine(stack, backgroundCpuPercent) {
  const [{ server_version }] = await stack.query("SHOW server_version")
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: `${server_version.split(" ")[0]} (${process.env.DATABASE_URL ? "DATABASE_URL server" : "embedded"})`,
    redis: process.env.REDIS_URL ? "yes (REDIS_URL)" : "no (in-process event bus, cache, workflows, locking)",
    server: stack.mode,
    backgroundCpuPercent,
  }
}

const precise = (x) => (Number.isFinite(x) ? Number(x.toPrecision(4)) : null)
/** 1199, 296, 12.4, 2.5: whole numbers from 100 up, one decimal below. */
const shown = (x) => (x == null ? "–" : Math.abs(x) >= 100 ? String(Math.round(x)) : x.toFixed(1))
const shownRatio = (x) => (x == null ? "–" : `${x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toPrecision(2)}×`)

/** Normalise what a benchmark returned into table rows. */
function rows(benchmark, returned) {
  return [returned].flat().map((r) => ({
    benchmark: r.metric ? `${benchmark.name} · ${r.metric}` : benchmark.name,
    figure: precise(r.figure),
    baseline: precise(r.baseline),
    ratio: precise(r.ratio ?? r.figure / r.baseline),
    unit: r.unit,
    notes: r.notes ?? "",
  }))
}

function table(results) {
  const lines = ["| benchmark | figure | baseline | ratio | unit | notes |", "| --- | ---: | ---: | ---: | --- | --- |"]
  for (const r of results) {
    lines.push(
      `| ${r.benchmark} | ${shown(r.figure)} | ${shown(r.baseline)} | ${shownRatio(r.ratio)} | ${r.unit} | ${r.notes} |`
    )
  }
  return lines.join("\n")
}

/**
 * A run limited to some benchmarks keeps the other benchmarks' rows of the
 * previous docs/BENCHMARKS.md, marked with the date of the run they came from.
 */
function carriedOver(previous, ran) {
  if (!previous) return { rows: [], described: [] }
  const date = previous.match(/\*\*Date:\*\* (\S+)/)?.[1]?.slice(0, 10) ?? "an earlier run"
  const nameOf = (line) =>
    line
      .slice(2)
      .split(/ · | \| /)[0]
      .trim()
  const lines = previous.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| benchmark"))
  const keep = lines.filter((line) => !line.startsWith("| ---") && !ran.has(nameOf(line)))
  const cells = (line) => line.split(" | ").length
  return {
    rows: keep
      .filter((line) => cells(line) >= 6)
      .map((line) => (line.includes("(run of ") ? line : line.replace(/ \|$/, ` (run of ${date}) |`))),
    described: keep.filter((line) => cells(line) === 2),
  }
}

function markdown(report, carried = { rows: [], described: [] }) {
  const m = report.machine
  return `# Benchmarks

Generated by \`npm run bench${report.quick ? " -- --quick" : ""}${report.prod ? " --prod" : ""}\`: do not edit by hand.

- **Date:** ${report.date}
- **Mode:** ${report.quick ? "quick" : "full"} · demo store of ${report.store.products} products and ${report.store.orders} orders
- **Server:** \`medusa start\` (${m.server}), one process
- **Machine:** ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory, ${m.os}
- **Node:** ${m.node} · **PostgreSQL:** ${m.postgres} · **Redis:** ${m.redis}
- **Background CPU use** before the benchmarks, server idle: ${m.backgroundCpuPercent}% (other processes on the machine; 0–5% is a quiet machine)

${[table(report.results), ...carried.rows].join("\n")}

Each figure is measured next to its baseline in the same run, on the same server and data; ratio =
figure ÷ baseline (for latencies, lower is better; for throughput, higher). The load generator
(autocannon, in the bench process) shares the machine's cores with the server and PostgreSQL, so
compare ratios across machines rather than absolute numbers.

| benchmark | what it measures |
| --- | --- |
${[...report.benchmarks.map((b) => `| ${b.name} | ${b.description} |`), ...carried.described].sort().join("\n")}

## How to run

\`\`\`bash
npm run bench              # full: 48 products / 200 orders (SEED_PRODUCTS / SEED_ORDERS), long runs
npm run bench -- --quick   # small store (12 / 10), short runs: a few minutes
npm run bench -- --prod    # against the production build (medusa build, NODE_ENV=production)
npm run bench -- checkout  # only the benchmarks whose file name contains "checkout"
\`\`\`

The run creates a fresh database \`suite_bench\` (on the server of \`DATABASE_URL\`, or in a temporary
embedded PostgreSQL), migrates, seeds the demo store, creates an admin user, starts the server on a
free port and stops everything at the end. Raw results: \`.cache/bench/last.json\`; server log:
\`.cache/bench/server.log\`. A new benchmark is one file in \`bench/benchmarks/\`.
`
}

async function main() {
  loadDotEnv()
  const benchmarks = await loadBenchmarks()
  if (!benchmarks.length) throw new Error(`no benchmark matches ${filters.join(", ")}`)
  const store = quick
    ? { products: 12, orders: 10 }
    : { products: Number(process.env.SEED_PRODUCTS || 48), orders: Number(process.env.SEED_ORDERS || 200) }

  const stack = await startStack({ name: "bench", database: "suite_bench", ...store, prod })
  const results = []
  let failed = 0
  let report
  try {
    const cpuBefore = await backgroundCpu()
    const ctx = {
      baseUrl: stack.baseUrl,
      publishableKey: stack.publishableKey,
      adminToken: stack.admin.token,
      databaseUrl: stack.databaseUrl,
      query: stack.query,
      quick,
      load: (opts) => load(stack.baseUrl, opts),
      request: client(stack.baseUrl, { publishableKey: stack.publishableKey, adminToken: stack.admin.token }),
      startServer: (opts) => stack.startServer(opts),
      log,
    }
    for (const benchmark of benchmarks) {
      log(`benchmark ${benchmark.name}: ${benchmark.description}`)
      try {
        results.push(...rows(benchmark, await benchmark.run(ctx)))
      } catch (error) {
        failed++
        log(`benchmark ${benchmark.name} failed: ${error.stack || error}`)
        results.push({ benchmark: benchmark.name, unit: "", notes: `failed: ${String(error.message).split("\n")[0]}` })
      }
    }
    report = {
      date: new Date().toISOString(),
      quick,
      prod,
      store,
      machine: await machine(stack, cpuBefore),
      benchmarks: benchmarks.map(({ name, description }) => ({ name, description })),
      results,
    }
  } finally {
    await stack.stop()
  }

  fs.mkdirSync(path.join(root, ".cache", "bench"), { recursive: true })
  fs.writeFileSync(path.join(root, ".cache", "bench", "last.json"), `${JSON.stringify(report, null, 2)}\n`)
  fs.mkdirSync(path.join(root, "docs"), { recursive: true })
  const docFile = path.join(root, "docs", "BENCHMARKS.md")
  const previous = filters.length && fs.existsSync(docFile) ? fs.readFileSync(docFile, "utf8") : null
  fs.writeFileSync(docFile, markdown(report, carriedOver(previous, new Set(benchmarks.map((b) => b.name)))))
  process.stdout.write(`\n${table(results)}\n\nwritten: docs/BENCHMARKS.md, .cache/bench/last.json\n`)
  process.exit(failed ? 1 : 0)
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`)
  process.exit(1)
})
