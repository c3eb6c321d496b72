// A throwaway Medusa stack for `npm run bench` and `npm run test:e2e`:
// fresh database -> migrations -> demo seed -> admin user -> server on a free port.
//
// DATABASE_URL set   -> a fresh database (`database`, dropped first) on that server.
// DATABASE_URL unset -> an embedded PostgreSQL in a temp folder, removed on stop.
//
// The server runs as `medusa start` with NODE_ENV=development from the project
// root: the process `medusa develop` forks, without its file watcher (an edit
// under src/ must not restart the server mid-run) and without a build step.
// `prod: true` runs `medusa build` and serves `.medusa/server` with
// NODE_ENV=production instead (API only: the admin's session cookie is Secure
// in production and is not set over plain http).
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { freePort, log, startEmbeddedPostgres, tmpDataDir } from "./db.mjs"

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")

/** Load .env like `npm start` does (variables already set win). */
export function loadDotEnv() {
  const file = path.join(root, ".env")
  if (fs.existsSync(file)) process.loadEnvFile(file)
}

/** Last lines of a log file, for error messages. */
function tail(file, lines = 40) {
  if (!fs.existsSync(file)) return ""
  return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")
}

/** Spawn a medusa CLI command in its own process group, output appended to `logFile`. */
function spawnMedusa(args, { env, logFile, cwd = root }) {
  const out = fs.openSync(logFile, "a")
  const proc = spawn(medusaBin, args, { cwd, env, stdio: ["ignore", out, out], detached: true })
  fs.closeSync(out)
  return proc
}

/** Wait for a command to succeed. */
function succeeded(proc, logFile) {
  return new Promise((resolve, reject) => {
    proc.on("error", reject)
    proc.on("exit", (code, signal) => {
      if (code === 0) resolve()
      else
        reject(
          new Error(`medusa ${proc.spawnargs[1]} exited with ${signal ?? code}; log ${logFile}:\n${tail(logFile)}`)
        )
    })
  })
}

/** A database URL on the same server as `url`, with another database name. */
function withDatabase(url, database) {
  const target = new URL(url)
  target.pathname = `/${database}`
  return target.toString()
}

async function recreateDatabase(url) {
  const database = decodeURIComponent(new URL(url).pathname.slice(1))
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") })
  await client.connect()
  try {
    const name = client.escapeIdentifier(database)
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
}

async function waitForHealth(baseUrl, proc, logFile, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null) {
      throw new Error(`the server exited during start-up; log ${logFile}:\n${tail(logFile)}`)
    }
    try {
      const res = await fetch(`${baseUrl}/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the server did not answer /health within ${timeoutMs / 1000}s; log ${logFile}`)
}

/** Stop a process group: SIGTERM, then SIGKILL after `graceMs`. */
export function killGroup(proc, graceMs = 15_000) {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const signal = (sig) => {
      try {
        process.kill(-proc.pid, sig)
      } catch {
        // already gone
      }
    }
    const timer = setTimeout(() => signal("SIGKILL"), graceMs)
    proc.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    signal("SIGTERM")
  })
}

/**
 * A Medusa app folder without this project's code: the same infrastructure
 * configuration (database, Redis modules, secrets, CORS from the environment),
 * Medusa's defaults for everything else, and our node_modules.
 */
function stockApp(dir) {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir")
  // The CLI treats a folder as a Medusa project only when its package.json depends on @medusajs/medusa.
  const { dependencies } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"))
  const medusaDeps = Object.fromEntries(Object.entries(dependencies).filter(([name]) => name.startsWith("@medusajs/")))
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "stock-medusa", private: true, dependencies: medusaDeps }, null, 2)
  )
  fs.writeFileSync(
    path.join(dir, "medusa-config.js"),
    `const { defineConfig, Modules } = require("@medusajs/framework/utils")
const redisUrl = process.env.REDIS_URL
const redis = redisUrl
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      { key: Modules.WORKFLOW_ENGINE, resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: { providers: [{ id: "locking-redis", resolve: "@medusajs/medusa/locking-redis", is_default: true, options: { redisUrl } }] },
      },
    ]
  : []
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: process.env.MEDUSA_WORKER_MODE || "shared",
    http: {
      storeCors: process.env.STORE_CORS,
      adminCors: process.env.ADMIN_CORS,
      authCors: process.env.AUTH_CORS,
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
    },
  },
  admin: { disable: true },
  modules: redis,
})
`
  )
  return dir
}

/**
 * Prepare and start the stack. Call `stack.stop()` when done, also on errors;
 * Ctrl-C and SIGTERM stop it too (after the `stack.onStop` callbacks) and exit 130.
 *
 * @param {{ name: string, database: string, products: number, orders: number, prod?: boolean }} opts
 */
export async function startStack({ name, database, products, orders, prod = false }) {
  const logDir = path.join(root, ".cache", name)
  fs.mkdirSync(logDir, { recursive: true })
  const setupLog = path.join(logDir, "setup.log")
  const serverLog = path.join(logDir, "server.log")
  fs.writeFileSync(setupLog, "")
  fs.writeFileSync(serverLog, "")

  const children = new Set()
  let embedded = null
  let embeddedDir = null
  let pool = null
  let stopping = null
  const stack = {
    logDir,
    serverLog,
    mode: prod ? "production build (.medusa/server, NODE_ENV=production)" : "NODE_ENV=development, no build",
    onStop: [],
  }

  stack.stop = () => {
    stopping ??= (async () => {
      for (const fn of stack.onStop) await Promise.resolve(fn()).catch(() => undefined)
      await Promise.all([...children].map((proc) => killGroup(proc)))
      await pool?.end().catch(() => undefined)
      if (embedded) {
        log("stopping embedded PostgreSQL")
        await embedded.stop().catch(() => undefined)
        fs.rmSync(embeddedDir, { recursive: true, force: true })
      }
    })()
    return stopping
  }
  const onSignal = async () => {
    log("interrupted: stopping")
    await stack.stop()
    process.exit(130)
  }
  process.once("SIGINT", onSignal)
  process.once("SIGTERM", onSignal)

  const medusa = (args, opts) => {
    const proc = spawnMedusa(args, opts)
    children.add(proc)
    proc.on("exit", () => children.delete(proc))
    return proc
  }

  try {
    let serverUrl = process.env.DATABASE_URL
    if (!serverUrl) {
      embeddedDir = tmpDataDir(`suite-${name}-pg-`)
      log("DATABASE_URL is not set: starting a temporary embedded PostgreSQL")
      embedded = await startEmbeddedPostgres({ dataDir: embeddedDir, persistent: false })
      serverUrl = embedded.urlFor("postgres")
    }
    const databaseUrl = withDatabase(serverUrl, database)
    const { hostname, port: dbPort } = new URL(databaseUrl)
    log(`fresh database ${database} on ${hostname}:${dbPort || 5432} (logs in ${path.relative(root, logDir)}/)`)
    await recreateDatabase(databaseUrl)
    pool = new pg.Pool({ connectionString: databaseUrl, max: 4 })
    // An idle connection closed by the server (PostgreSQL shutting down at the end) must not crash the run.
    pool.on("error", (error) => log(`database pool: ${error.message}`))
    stack.query = async (sql, params = []) => (await pool.query(sql, params)).rows
    stack.databaseUrl = databaseUrl

    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      MEDUSA_DISABLE_TELEMETRY: "true",
      JWT_SECRET: process.env.JWT_SECRET || crypto.randomBytes(32).toString("hex"),
      COOKIE_SECRET: process.env.COOKIE_SECRET || crypto.randomBytes(32).toString("hex"),
      SEED_PRODUCTS: String(products),
      SEED_ORDERS: String(orders),
      // Load drivers and browser tests send every request from one address:
      // the store routes' rate limits would answer them 429 (RATE_LIMIT=on to keep them).
      RATE_LIMIT: process.env.RATE_LIMIT ?? "off",
    }
    const step = (args) => succeeded(medusa(args, { env, logFile: setupLog }), setupLog)

    log("running migrations")
    await step(["db:migrate"])
    log(`seeding the demo store (${products} products, ${orders} orders)`)
    await step(["exec", "./src/scripts/seed.ts"])
    const admin = { email: `${name}@example.com`, password: crypto.randomBytes(12).toString("base64url") }
    await step(["user", "-e", admin.email, "-p", admin.password])

    let cwd = root
    if (prod) {
      log("building (medusa build)")
      await step(["build"])
      cwd = path.join(root, ".medusa", "server")
    }
    // The port is picked only now, and by the OS: migrations and the seed take minutes, and a
    // fixed or early pick let two runs (a benchmark and the browser tests) end up on one port.
    const port = await freePort()
    const baseUrl = `http://localhost:${port}`
    const withOrigin = (list) => [list, baseUrl].filter(Boolean).join(",")
    Object.assign(env, {
      PORT: String(port),
      STORE_CORS: withOrigin(process.env.STORE_CORS),
      ADMIN_CORS: withOrigin(process.env.ADMIN_CORS),
      AUTH_CORS: withOrigin(process.env.AUTH_CORS),
    })
    log(`starting the server on ${baseUrl} (${stack.mode})`)
    const server = medusa(["start", "-p", String(port)], {
      cwd,
      env: { ...env, NODE_ENV: prod ? "production" : "development" },
      logFile: serverLog,
    })
    await waitForHealth(baseUrl, server, serverLog)

    // The key of the store's default sales channel (the demo "Webshop"), not
    // the "Default Publishable API Key" that the migrations create.
    const [key] = await stack.query(
      `SELECT k.token FROM api_key k
         JOIN publishable_api_key_sales_channel l ON l.publishable_key_id = k.id AND l.deleted_at IS NULL
         JOIN store s ON s.default_sales_channel_id = l.sales_channel_id AND s.deleted_at IS NULL
        WHERE k.type = 'publishable' AND k.revoked_at IS NULL AND k.deleted_at IS NULL
        ORDER BY k.created_at LIMIT 1`
    )
    if (!key) throw new Error("no publishable API key for the store's default sales channel")
    const res = await fetch(`${baseUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(admin),
    })
    if (!res.ok) throw new Error(`admin login failed: ${res.status} ${await res.text()}`)
    Object.assign(stack, { baseUrl, publishableKey: key.token, admin: { ...admin, token: (await res.json()).token } })
    log(`server ready at ${baseUrl}`)

    /**
     * Another `medusa start` on the same database, for benchmarks that compare
     * topologies: `env` is laid over the stack's environment (e.g.
     * MEDUSA_WORKER_MODE, REDIS_URL), `stock: true` runs Medusa without this
     * project (an app folder with only a medusa-config and our node_modules:
     * no custom modules, routes, subscribers or hooks). Stopped with the stack.
     */
    stack.startServer = async ({ label, env: extra = {}, stock = false }) => {
      const extraPort = await freePort()
      const extraUrl = `http://localhost:${extraPort}`
      const extraLog = path.join(logDir, `server-${label}.log`)
      fs.writeFileSync(extraLog, "")
      const extraEnv = {
        ...env,
        NODE_ENV: prod ? "production" : "development",
        PORT: String(extraPort),
        STORE_CORS: withOrigin(process.env.STORE_CORS) + `,${extraUrl}`,
        ...extra,
      }
      const extraCwd = stock ? stockApp(path.join(logDir, `stock-app-${label}`)) : cwd
      const proc = medusa(["start", "-p", String(extraPort)], { cwd: extraCwd, env: extraEnv, logFile: extraLog })
      await waitForHealth(extraUrl, proc, extraLog)
      log(`${label} server ready at ${extraUrl}`)
      return { baseUrl: extraUrl, logFile: extraLog, stop: () => killGroup(proc) }
    }
    return stack
  } catch (error) {
    await stack.stop()
    throw error
  }
}
