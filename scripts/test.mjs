#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, module tests, HTTP integration tests.
//
// Database: DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD or DATABASE_URL when set;
// otherwise an embedded PostgreSQL is started for the run and stopped after.
//
//   npm test                      everything
//   npm test -- --only=unit,http  some stages (typecheck, lint, unit, modules, http)
//   npm test -- --http-only       shorthand used by .ci/run for the Redis pass
//   HTTP_TEST_WORKERS=1 npm test  HTTP suites one at a time (default: two at a
//                                 time, each on its own Redis database with REDIS_URL)
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { log, startEmbeddedPostgres, tmpDataDir } from "./lib/db.mjs"

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..")
process.chdir(root)

const args = process.argv.slice(2)
const onlyArg = args.find((a) => a.startsWith("--only="))
const stages = onlyArg
  ? onlyArg.slice("--only=".length).split(",")
  : args.includes("--http-only")
    ? ["http"]
    : ["typecheck", "lint", "unit", "modules", "http"]
const extra = args.filter((a) => !a.startsWith("--only=") && a !== "--http-only")

const bin = (name) => path.join(root, "node_modules", ".bin", name)
const resultsDir = path.join(root, ".cache", "test-results")
fs.mkdirSync(resultsDir, { recursive: true })

function run(command, commandArgs, env = {}) {
  return new Promise((resolve) => {
    const proc = spawn(command, commandArgs, { stdio: "inherit", env: { ...process.env, ...env } })
    proc.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

const totals = { passed: 0, failed: 0, skipped: 0 }
// Failed tests, repeated at the very end of the run: CI keeps the tail of a
// long log, and a failure buried under thousands of log lines is lost there.
const failedTests = []
function addJestResults(file) {
  if (!fs.existsSync(file)) return
  const result = JSON.parse(fs.readFileSync(file, "utf8"))
  totals.passed += result.numPassedTests
  totals.failed += result.numFailedTests
  totals.skipped += result.numPendingTests + (result.numTodoTests ?? 0)
  for (const suite of result.testResults ?? []) {
    const where = path.relative(root, suite.name)
    const failed = (suite.assertionResults ?? []).filter((test) => test.status === "failed")
    for (const test of failed) {
      failedTests.push({ where, name: test.fullName, message: (test.failureMessages ?? []).join("\n") })
    }
    // A suite that fails outside any test (setup, a hook, a crash) has no failed test to show.
    if (!failed.length && suite.status === "failed") {
      failedTests.push({ where, name: "(the suite itself)", message: suite.message ?? "" })
    }
  }
}

// eslint-disable-next-line no-control-regex
const ANSI_COLOUR = /\u001b\[[0-9;]*m/g

function failureReport() {
  return failedTests
    .map(({ where, name, message }) => {
      const lines = message
        .replace(ANSI_COLOUR, "")
        .split("\n")
        .filter((line) => line.trim() && !/^\s*at .*node_modules/.test(line))
        .slice(0, 20)
      return [`✕ ${where} › ${name}`, ...lines.map((line) => `    ${line}`)].join("\n")
    })
    .join("\n\n")
}

async function jest(type, label, { workers = 1 } = {}) {
  const outputFile = path.join(resultsDir, `${label}.json`)
  fs.rmSync(outputFile, { force: true })
  const parallel = workers > 1 ? [`--maxWorkers=${workers}`] : ["--runInBand"]
  const code = await run(
    bin("jest"),
    [...parallel, "--forceExit", "--passWithNoTests", "--json", `--outputFile=${outputFile}`, ...extra],
    { TEST_TYPE: type, NODE_OPTIONS: "--experimental-vm-modules", MEDUSA_DISABLE_TELEMETRY: "true" }
  )
  addJestResults(outputFile)
  return code
}

/**
 * HTTP suites on the in-process infrastructure run two at a time (each file
 * boots its own app on its own database and port). On 2 cores all fifteen
 * took 18.9 min this way; one at a time they take about 25 (each suite's own
 * time, measured serially, summed). With REDIS_URL too: each jest worker uses
 * its own Redis database (integration-tests/setup.js), so one suite's app never
 * consumes another's BullMQ jobs. HTTP_TEST_WORKERS=1 runs them one at a time.
 */
function httpWorkers() {
  const wanted = Number(process.env.HTTP_TEST_WORKERS ?? 2)
  return Number.isInteger(wanted) && wanted > 0 ? wanted : 1
}

/**
 * @medusajs/test-utils reads DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD. It turns
 * on SSL for any host but "localhost", so a local 127.0.0.1 is rewritten.
 */
async function prepareDatabase() {
  if (process.env.DB_HOST || process.env.DB_USERNAME) return null
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    const host = ["127.0.0.1", "::1", "[::1]"].includes(url.hostname) ? "localhost" : url.hostname
    Object.assign(process.env, {
      DB_HOST: host,
      DB_PORT: url.port || "5432",
      DB_USERNAME: decodeURIComponent(url.username || "postgres"),
      DB_PASSWORD: decodeURIComponent(url.password || ""),
    })
    log(`tests use the PostgreSQL server of DATABASE_URL (${host}:${process.env.DB_PORT})`)
    return null
  }
  const dataDir = tmpDataDir("suite-test-pg-")
  log("no database configured: starting an embedded PostgreSQL for this run")
  const pgServer = await startEmbeddedPostgres({ dataDir, persistent: false })
  Object.assign(process.env, {
    DB_HOST: "localhost",
    DB_PORT: String(pgServer.port),
    DB_USERNAME: pgServer.user,
    DB_PASSWORD: pgServer.password,
  })
  return async () => {
    await pgServer.stop().catch(() => undefined)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

async function main() {
  const failures = []
  const stage = async (name, fn) => {
    if (!stages.includes(name)) return
    log(`── ${name}`)
    const code = await fn()
    if (code !== 0) failures.push(name)
  }

  // The server and the admin extensions (a Vite/browser project) are typechecked apart.
  await stage("typecheck", async () => {
    const server = await run(bin("tsc"), ["--noEmit"])
    const admin = await run(bin("tsc"), ["--noEmit", "-p", "src/admin/tsconfig.json"])
    return server || admin
  })
  await stage("lint", () => run(bin("eslint"), [".", "--max-warnings=0"]))
  await stage("unit", () => jest("unit", "unit"))

  let stopDatabase = null
  if (stages.includes("modules") || stages.includes("http")) stopDatabase = await prepareDatabase()
  try {
    await stage("modules", () => jest("integration:modules", "modules"))
    await stage("http", () =>
      jest("integration:http", process.env.REDIS_URL ? "http-redis" : "http", { workers: httpWorkers() })
    )
  } finally {
    if (stopDatabase) await stopDatabase()
  }

  const summary = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`
  if (failedTests.length) process.stdout.write(`\nfailed tests:\n\n${failureReport()}\n`)
  if (failures.length) log(`failed stages: ${failures.join(", ")}`)
  process.stdout.write(`\ntests: ${summary}\n`)
  process.exit(failures.length ? 1 : 0)
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`)
  process.exit(1)
})
