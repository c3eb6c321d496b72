#!/usr/bin/env node
// `npm run test:plugin`: this project installed into another store as a Medusa plugin.
//
//  1. `medusa plugin:build` of a staged copy of src/ (scripts/lib/plugin-package.mjs), `npm pack`
//  2. a throwaway Medusa 2.21 app in a temp folder with the tarball installed and only
//     `plugins: [{ resolve: "<our name>" }]` (+ an "email" notification channel) in its config
//  3. a fresh database: DATABASE_URL's server when set, else localhost:5432 (user postgres),
//     else an embedded PostgreSQL
//  4. `medusa build` of that app (its admin bundle must contain our admin routes) while
//     `medusa db:migrate` (every migration of ours must be recorded) and `medusa user` run,
//     then `medusa start` of the build (.medusa/server, NODE_ENV=production) on a free port
//  5. one admin route per area, the store routes (publishable key, a registered customer), and
//     a product created through the admin API found by POST /store/search
//  6. everything stopped and removed (the temp folder and the database)
//
//   npm run test:plugin                 the whole test (exit code 0 or 1)
//   npm run test:plugin -- --keep       keep the temp folder and the database, print where
//   npm run test:plugin -- --pack-only  only build and pack the plugin into build/plugin/
//   npm run test:plugin -- --npm-resolve also let npm resolve a real install of the tarball
//                                       (registry look-ups, ~20 s with a warm cache): the admin
//                                       libraries must end up in one copy, the dashboard's
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { freePort, log, startEmbeddedPostgres, tmpDataDir } from "./lib/db.mjs"
import {
  adminRouteLabels,
  createConsumerApp,
  missingAdminLabels,
  npmResolution,
  pluginMigrations,
  storeDependencies,
} from "./lib/plugin-consumer.mjs"
import { buildPluginPackage, FROM_DASHBOARD, root } from "./lib/plugin-package.mjs"
import { killGroup } from "./lib/server.mjs"

const args = process.argv.slice(2)
const keep = args.includes("--keep")
const packOnly = args.includes("--pack-only")
const checkNpm = args.includes("--npm-resolve")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const started = Date.now()
const seconds = (from) => ((Date.now() - from) / 1000).toFixed(1)
const timings = []

async function timed(label, fn) {
  const from = Date.now()
  log(`── ${label}`)
  const result = await fn()
  timings.push([label, seconds(from)])
  return result
}

function tail(file, lines = 40) {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n") : ""
}

/** Every medusa process still running, stopped at the end whatever happened. */
const children = new Set()

/** Run a medusa CLI command in its own process group, output appended to `logFile`. */
function medusa(cliArgs, { cwd, env, logFile, wait = true }) {
  const out = fs.openSync(logFile, "a")
  const proc = spawn(medusaBin, cliArgs, { cwd, env, stdio: ["ignore", out, out], detached: true })
  fs.closeSync(out)
  children.add(proc)
  proc.on("exit", () => children.delete(proc))
  if (!wait) return proc
  return new Promise((resolve, reject) => {
    proc.on("error", reject)
    proc.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`medusa ${cliArgs[0]} exited with ${signal ?? code}; last lines of ${logFile}:\n${tail(logFile)}`)
          )
    )
  })
}

function withDatabase(url, database) {
  const target = new URL(url)
  target.pathname = `/${database}`
  return target.toString()
}

async function canConnect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

async function adminQuery(serverUrl, sql) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

async function waitForHealth(baseUrl, proc, logFile, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null) {
      throw new Error(`the server exited during start-up; last lines of ${logFile}:\n${tail(logFile)}`)
    }
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the server did not answer /health within ${timeoutMs / 1000}s; log ${logFile}`)
}

function day(offsetDays = 0) {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)
}

async function main() {
  if (packOnly) {
    const outDir = path.join(root, "build", "plugin")
    fs.mkdirSync(outDir, { recursive: true })
    const logFile = path.join(outDir, "build.log")
    fs.writeFileSync(logFile, "")
    const { tarball, manifest } = await timed("medusa plugin:build + npm pack", () =>
      buildPluginPackage({ outDir, logFile })
    )
    log(`${manifest.name}@${manifest.version}: ${path.relative(root, tarball)}`)
    return 0
  }

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "suite-plugin-"))
  const logFile = path.join(workDir, "setup.log")
  const serverLog = path.join(workDir, "server.log")
  fs.writeFileSync(logFile, "")
  fs.writeFileSync(serverLog, "")
  const cleanups = []
  let server = null
  const results = []

  const stopAll = async () => {
    await Promise.all([server, ...children].map((proc) => killGroup(proc, 10_000)))
    for (const fn of cleanups.reverse()) await Promise.resolve(fn()).catch((e) => log(`cleanup: ${e.message}`))
    if (keep) return log(`kept ${workDir}`)
    if (results.some((r) => !r.ok)) {
      // The logs of a failed run outlive the temp folder (CI keeps the clone's .cache/).
      const logsDir = path.join(root, ".cache", "test-plugin")
      fs.mkdirSync(logsDir, { recursive: true })
      for (const file of fs.readdirSync(workDir).filter((name) => name.endsWith(".log"))) {
        fs.copyFileSync(path.join(workDir, file), path.join(logsDir, file))
      }
      log(`logs of the failed run in ${path.relative(root, logsDir)}/`)
    }
    fs.rmSync(workDir, { recursive: true, force: true })
  }
  const onSignal = async () => {
    log("interrupted: stopping")
    await stopAll()
    process.exit(130)
  }
  process.once("SIGINT", onSignal)
  process.once("SIGTERM", onSignal)

  try {
    const { tarball, manifest, sourceFiles } = await timed("medusa plugin:build + npm pack", () =>
      buildPluginPackage({ outDir: path.join(workDir, "pack"), logFile })
    )
    log(
      `${path.basename(tarball)} (${(fs.statSync(tarball).size / 1024).toFixed(0)} KiB, ${sourceFiles} source files); ` +
        `peers: ${Object.keys(manifest.peerDependencies).join(" ")}; dependencies: ${Object.keys(manifest.dependencies).join(" ")}`
    )

    if (checkNpm) {
      const duplicates = await timed("npm install --package-lock-only of the tarball into a new store", () =>
        npmResolution({
          dir: path.join(workDir, "npm-resolution"),
          tarball,
          medusaDeps: storeDependencies(root),
          shared: FROM_DASHBOARD,
        })
      )
      results.push({
        name: "npm resolves one copy of each admin library shared with the dashboard",
        ok: duplicates.length === 0,
        detail: duplicates.map(({ copies }) => copies.join(" ")).join("; "),
      })
    }

    const appDir = path.join(workDir, "store")
    const { pluginDir } = await timed("throwaway store: package.json, medusa-config.ts, plugin installed", () =>
      createConsumerApp({ appDir, root, tarball, manifest })
    )

    // The database server.
    let serverUrl = process.env.DATABASE_URL
    if (!serverUrl) {
      const local = "postgres://postgres@localhost:5432/postgres"
      if (await canConnect(local)) serverUrl = local
      else {
        const dataDir = tmpDataDir("suite-plugin-pg-")
        log("no DATABASE_URL and nothing on localhost:5432: starting an embedded PostgreSQL")
        const embedded = await startEmbeddedPostgres({ dataDir, persistent: false })
        cleanups.push(async () => {
          await embedded.stop()
          fs.rmSync(dataDir, { recursive: true, force: true })
        })
        serverUrl = embedded.urlFor("postgres")
      }
    }
    const database = `suite_plugin_${process.pid}_${crypto.randomBytes(3).toString("hex")}`
    const databaseUrl = withDatabase(serverUrl, database)
    await adminQuery(serverUrl, `CREATE DATABASE ${database}`)
    cleanups.push(() =>
      keep
        ? log(`kept database ${database}`)
        : adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    )
    const { hostname, port: dbPort } = new URL(databaseUrl)
    log(`database ${database} on ${hostname}:${dbPort || 5432}; logs in ${workDir}`)

    const port = await freePort(9300)
    const baseUrl = `http://localhost:${port}`
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      MEDUSA_DISABLE_TELEMETRY: "true",
      STORE_CORS: baseUrl,
      ADMIN_CORS: baseUrl,
      AUTH_CORS: baseUrl,
      JWT_SECRET: crypto.randomBytes(32).toString("hex"),
      COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
    }
    // Our own infrastructure settings must not leak into the store (it uses Medusa's defaults).
    for (const name of ["REDIS_URL", "MEILISEARCH_HOST", "MEDUSA_WORKER_MODE", "TEST_TYPE", "NODE_OPTIONS"])
      delete env[name]

    // The store's build (the slow part: Medusa's whole admin bundle) runs while the
    // migrations and the admin user are made from the app folder (medusa-config.ts).
    const built = path.join(appDir, ".medusa", "server")
    const admin = { email: "plugin-admin@example.com", password: crypto.randomBytes(12).toString("base64url") }
    const buildLog = path.join(workDir, "build.log")
    await Promise.all([
      timed("medusa build (the store's server and its admin with the plugin's extensions)", () =>
        medusa(["build"], { cwd: appDir, env, logFile: buildLog })
      ),
      (async () => {
        await timed("medusa db:migrate", () => medusa(["db:migrate"], { cwd: appDir, env, logFile }))
        await timed("medusa user", () =>
          medusa(["user", "-e", admin.email, "-p", admin.password], { cwd: appDir, env, logFile })
        )
      })(),
    ])

    const labels = adminRouteLabels(pluginDir)
    const missing = missingAdminLabels(path.join(built, "public", "admin"), labels)
    results.push({
      name: `admin bundle has the plugin's ${labels.length} admin routes`,
      ok: labels.length > 0 && missing.length === 0,
      detail: missing.length ? `missing: ${missing.join(", ")}` : labels.join(", "),
    })
    fs.symlinkSync(path.join(appDir, "node_modules"), path.join(built, "node_modules"), "dir")

    // The package's exports, as a store's medusa-config or code would import them.
    const specifiers = [
      `${manifest.name}/package.json`,
      `${manifest.name}/modules/loyalty-points`,
      `${manifest.name}/.medusa/server/src/modules/loyalty-points`,
      `${manifest.name}/providers/search-meilisearch`,
      `${manifest.name}/providers/search-postgres`,
      `${manifest.name}/workflows/loyalty/adjust-points`,
      `${manifest.name}/admin`,
    ]
    const unresolved = specifiers.filter((specifier) => {
      try {
        return !fs.existsSync(createRequire(path.join(appDir, "package.json")).resolve(specifier))
      } catch {
        return true
      }
    })
    results.push({
      name: `package exports resolve from the store (${specifiers.length} specifiers)`,
      ok: unresolved.length === 0,
      detail: unresolved.join(", "),
    })

    const expected = pluginMigrations(pluginDir)
    const db = new pg.Client({ connectionString: databaseUrl })
    await db.connect()
    cleanups.push(() => db.end())
    const recorded = new Set((await db.query("SELECT name FROM mikro_orm_migrations")).rows.map((r) => r.name))
    const notRun = expected.filter((m) => !recorded.has(m.name))
    const modulesWithMigrations = new Set(expected.map((m) => m.module))
    results.push({
      name: `db:migrate ran the plugin's ${expected.length} migrations (${modulesWithMigrations.size} modules)`,
      ok: expected.length > 0 && notRun.length === 0,
      detail: notRun.length ? `not run: ${notRun.map((m) => `${m.module}/${m.name}`).join(", ")}` : "",
    })

    await timed(`medusa start on ${baseUrl} (NODE_ENV=production)`, async () => {
      server = medusa(["start", "-p", String(port)], {
        cwd: built,
        env: { ...env, NODE_ENV: "production", PORT: String(port) },
        logFile: serverLog,
        wait: false,
      })
      await waitForHealth(baseUrl, server, serverLog)
    })

    await timed("routes", async () => {
      const call = async (method, route, { token, key, body } = {}) => {
        const headers = { "content-type": "application/json" }
        if (token) headers.authorization = `Bearer ${token}`
        if (key) headers["x-publishable-api-key"] = key
        const res = await fetch(`${baseUrl}${route}`, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        const text = await res.text()
        let json = null
        try {
          json = JSON.parse(text)
        } catch {
          // not JSON (CSV, HTML)
        }
        return { status: res.status, json, text }
      }
      const must = async (method, route, opts) => {
        const res = await call(method, route, opts)
        if (res.status < 200 || res.status > 299)
          throw new Error(`${method} ${route} -> ${res.status} ${res.text.slice(0, 300)}`)
        return res.json
      }

      const { token } = await must("POST", "/auth/user/emailpass", { body: admin })
      const as = { token }
      const { sales_channels } = await must("GET", "/admin/sales-channels?limit=1", as)
      const { api_key } = await must("POST", "/admin/api-keys", {
        ...as,
        body: { title: "plugin test", type: "publishable" },
      })
      await must("POST", `/admin/api-keys/${api_key.id}/sales-channels`, {
        ...as,
        body: { add: [sales_channels[0].id] },
      })
      const key = api_key.token

      // A loyalty rule with welcome points in the store's default currency: the plugin's
      // customer.created subscriber must grant them to the customer registered below.
      const { stores } = await must("GET", "/admin/stores", as)
      await must("POST", `/admin/stores/${stores[0].id}`, {
        ...as,
        body: { supported_currencies: [{ currency_code: "eur", is_default: true }] },
      })
      await must("POST", "/admin/loyalty/rules", { ...as, body: { currency_code: "eur", welcome_points: 50 } })

      const customerLogin = {
        email: "plugin-customer@example.com",
        password: crypto.randomBytes(12).toString("base64url"),
      }
      const { token: registration } = await must("POST", "/auth/customer/emailpass/register", { body: customerLogin })
      const { customer } = await must("POST", "/store/customers", {
        token: registration,
        key,
        body: { email: customerLogin.email },
      })
      const { token: customerToken } = await must("POST", "/auth/customer/emailpass", { body: customerLogin })
      const asCustomer = { token: customerToken, key }

      const { product } = await must("POST", "/admin/products", {
        ...as,
        body: {
          title: "Plugin Test Lantern",
          status: "published",
          sales_channels: [{ id: sales_channels[0].id }],
          options: [{ title: "Size", values: ["M"] }],
          variants: [
            {
              title: "M",
              sku: "PLUGIN-LANTERN-M",
              options: { Size: "M" },
              prices: [{ currency_code: "eur", amount: 25 }],
            },
          ],
        },
      })

      const checks = [
        ["loyalty", "GET", "/admin/loyalty/rules", as],
        ["loyalty", "GET", `/admin/loyalty/accounts/${customer.id}`, as],
        ["loyalty", "GET", "/store/customers/me/loyalty", asCustomer],
        ["coupons", "GET", "/admin/coupon-batches", as],
        ["inventory alerts", "GET", "/admin/inventory-alerts/summary", as],
        ["inventory alerts", "GET", "/admin/inventory-alerts", as],
        ["stocktakes", "GET", "/admin/stocktakes", as],
        ["purchasing", "GET", "/admin/suppliers", as],
        ["analytics", "GET", "/admin/analytics/status", as],
        ["analytics", "GET", `/admin/reports/sales?from=${day(-6)}&to=${day(0)}`, as],
        ["order exceptions", "GET", "/admin/order-exceptions", as],
        ["order timeline", "GET", "/admin/notification-templates", as],
        ["audit log", "GET", "/admin/audit-log", as],
        ["search", "GET", "/admin/search-settings", as],
        ["search", "GET", "/admin/search-indexes/product/status", as],
        ["search", "GET", "/admin/search-insights", as],
        ["search", "GET", "/store/search-suggestions?q=lan", { key }],
        ["privacy", "GET", `/admin/customers/${customer.id}/privacy`, as],
        ["privacy", "GET", "/store/customers/me/consent", asCustomer],
        ["privacy", "GET", "/store/customers/me/recommendations", asCustomer],
        ["recommendations", "GET", `/store/products/${product.id}/recommendations`, { key }],
      ]
      for (const [area, method, route, opts] of checks) {
        const res = await call(method, route, opts)
        results.push({
          name: `${area}: ${method} ${route.replace(/\?.*/, "")}`,
          ok: res.status === 200,
          detail: res.status === 200 ? "" : `${res.status} ${res.text.slice(0, 300)}`,
        })
      }
      // The plugin's subscriber (loyalty-welcome-points) ran on customer.created.
      let welcome = null
      for (let i = 0; i < 30 && welcome?.lifetime_earned !== 50; i++) {
        if (i) await new Promise((resolve) => setTimeout(resolve, 1000))
        welcome = (await call("GET", "/store/customers/me/loyalty", asCustomer)).json?.loyalty
      }
      results.push({
        name: "subscriber: the new customer got the rule's 50 welcome points",
        ok: welcome?.lifetime_earned === 50,
        detail: JSON.stringify(welcome),
      })

      // Anonymous on an admin route of the plugin: Medusa's admin auth applies to it.
      const anonymous = await call("GET", "/admin/loyalty/rules")
      results.push({
        name: "anonymous GET /admin/loyalty/rules is refused",
        ok: anonymous.status === 401,
        detail: String(anonymous.status),
      })

      // The plugin's search index definition and its sync subscribers: the new product becomes searchable.
      const deadline = Date.now() + 45_000
      let found = false
      let last = null
      while (!found && Date.now() < deadline) {
        last = await call("POST", "/store/search", { key, body: { entity: "product", filters: { q: "lantern" } } })
        const hits = last.json?.hits ?? last.json?.results?.[0]?.hits ?? []
        found = last.status === 200 && hits.some((hit) => (hit.id ?? hit.document?.id) === product.id)
        if (!found) await new Promise((resolve) => setTimeout(resolve, 1000))
      }
      results.push({
        name: "search: POST /store/search finds a product created through the admin",
        ok: found,
        detail: found ? "" : `${last?.status} ${last?.text.slice(0, 300)}`,
      })

      const page = await call("GET", "/app")
      results.push({ name: "admin dashboard served at /app", ok: page.status === 200, detail: String(page.status) })
    })
  } catch (error) {
    results.push({ name: "setup", ok: false, detail: error.message })
  } finally {
    await timed("stop and clean up", stopAll)
  }

  for (const { name, ok, detail } of results) {
    process.stdout.write(`${ok ? "  ✓" : "  ✗"} ${name}${detail && !ok ? `\n      ${detail}` : ""}\n`)
  }
  process.stdout.write("\ntimings:\n")
  for (const [label, secs] of timings) process.stdout.write(`  ${secs.padStart(6)}s  ${label}\n`)
  process.stdout.write(`  ${seconds(started).padStart(6)}s  total\n`)
  const failed = results.filter((r) => !r.ok).length
  process.stdout.write(`\nplugin: ${results.length - failed} passed, ${failed} failed\n`)
  return failed ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error.stack || error}\n`)
    process.exit(1)
  }
)
