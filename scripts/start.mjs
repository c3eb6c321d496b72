#!/usr/bin/env node
// `npm start`: database -> migrations -> demo data (first run) -> admin user -> server.
//
//   npm start            medusa develop (admin at /app, reloads on change)
//   npm start -- --prod  medusa build, then serve the production build
//
// DATABASE_URL set: that server is used. Unset: an embedded PostgreSQL keeps
// its data under .data/postgres and is stopped cleanly on Ctrl-C.
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { ensureDatabaseExists, log, query, startEmbeddedPostgres } from "./lib/db.mjs"

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..")
process.chdir(root)
if (fs.existsSync(".env")) process.loadEnvFile(".env")

const prod = process.argv.includes("--prod")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const dataDir = path.join(root, ".data")

let embedded = null
let child = null
let stopping = false

function run(args, { cwd = root, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const proc = spawn(medusaBin, args, { cwd, env, stdio: "inherit" })
    child = proc
    proc.on("exit", (code, signal) => {
      child = null
      // Stopped by our own Ctrl-C handling: not an error.
      if (code === 0 || stopping) resolve()
      else reject(new Error(`medusa ${args[0]} exited with ${signal ?? code}`))
    })
  })
}

async function shutdown(code) {
  if (stopping) return
  stopping = true
  if (child) {
    const proc = child
    await new Promise((resolve) => {
      const timer = setTimeout(() => proc.kill("SIGKILL"), 15_000)
      proc.once("exit", () => {
        clearTimeout(timer)
        resolve()
      })
      proc.kill("SIGTERM")
    })
  }
  if (embedded) {
    log("stopping embedded PostgreSQL")
    await embedded.stop().catch(() => undefined)
  }
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

/** JWT and cookie secrets, generated once per data folder unless given by env. */
function ensureSecrets() {
  const file = path.join(dataDir, "secrets.json")
  const saved = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  const secrets = {
    JWT_SECRET: process.env.JWT_SECRET || saved.JWT_SECRET || crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: process.env.COOKIE_SECRET || saved.COOKIE_SECRET || crypto.randomBytes(32).toString("hex"),
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  Object.assign(process.env, secrets)
}

/**
 * The admin login: MEDUSA_ADMIN_EMAIL/MEDUSA_ADMIN_PASSWORD when set, else the
 * ones generated on the first run and kept in .data/admin-credentials.json.
 */
function adminCredentials() {
  const file = path.join(dataDir, "admin-credentials.json")
  const saved = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  const email = process.env.MEDUSA_ADMIN_EMAIL || saved.email || "admin@example.com"
  const known = process.env.MEDUSA_ADMIN_PASSWORD || (saved.email === email ? saved.password : undefined)
  const password = known || crypto.randomBytes(12).toString("base64url")
  const remember = () => {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, JSON.stringify({ email, password }, null, 2), { mode: 0o600 })
  }
  return { email, password, known: Boolean(known), remember }
}

async function main() {
  if (!process.env.DATABASE_URL) {
    log("DATABASE_URL is not set: starting an embedded PostgreSQL (data in .data/postgres)")
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "postgres"),
      port: Number(process.env.EMBEDDED_PG_PORT || 54329),
    })
    process.env.DATABASE_URL = embedded.urlFor(process.env.EMBEDDED_PG_DATABASE || "medusa")
    log(`embedded PostgreSQL listening on localhost:${embedded.port}`)
  }
  const databaseUrl = process.env.DATABASE_URL
  await ensureDatabaseExists(databaseUrl)
  ensureSecrets()

  log("running migrations")
  try {
    await run(["db:migrate"])
  } catch (error) {
    // Search indexes live in Meilisearch when MEILISEARCH_HOST is set: a Meilisearch that is
    // down must not keep the store from starting. The indexes are created by the next migrate.
    if (!process.env.MEILISEARCH_HOST) throw error
    log("migrations failed with MEILISEARCH_HOST set: retrying without the search indexes (is Meilisearch up?)")
    await run(["db:migrate", "--skip-search"])
    log("started without creating search indexes: run `npx medusa db:migrate` once Meilisearch is reachable")
  }

  const [store] = await query(databaseUrl, "SELECT metadata FROM store WHERE deleted_at IS NULL LIMIT 1")
  const seeded = Boolean(store?.metadata?.demo_seeded_at)
  if (!seeded && process.env.SEED_DEMO_DATA !== "false") {
    log("first run: seeding the demo store (products, stock, customers, historical orders)")
    await run(["exec", "./src/scripts/seed.ts"])
  } else {
    log(seeded ? "demo data already present: not seeding again" : "SEED_DEMO_DATA=false: not seeding")
  }

  const admin = adminCredentials()
  const users = await query(databaseUrl, 'SELECT id FROM "user" WHERE email = $1 AND deleted_at IS NULL', [admin.email])
  if (!users.length) {
    log(`creating admin user ${admin.email}`)
    await run(["user", "-e", admin.email, "-p", admin.password])
    admin.remember()
  }
  const [apiKey] = await query(
    databaseUrl,
    // The key of the store's default sales channel (the demo "Webshop"), not the
    // "Default Publishable API Key" that Medusa's migrations create unlinked.
    `SELECT k.token FROM api_key k
       JOIN publishable_api_key_sales_channel l ON l.publishable_key_id = k.id AND l.deleted_at IS NULL
       JOIN store s ON s.default_sales_channel_id = l.sales_channel_id AND s.deleted_at IS NULL
      WHERE k.type = 'publishable' AND k.revoked_at IS NULL AND k.deleted_at IS NULL
      ORDER BY k.created_at LIMIT 1`
  )

  const port = process.env.PORT || "9000"
  log("─".repeat(60))
  log(`Admin:  http://localhost:${port}/app`)
  log(`Login:  ${admin.email}`)
  log(`Password: ${users.length && !admin.known ? "(unchanged: this user existed before)" : admin.password}`)
  log(
    `Store API: http://localhost:${port}/store  (x-publishable-api-key: ${apiKey?.token ?? "create one in Settings"})`
  )
  log("─".repeat(60))

  if (prod) {
    await run(["build"])
    const serverDir = path.join(root, ".medusa", "server")
    if (fs.existsSync(".env")) fs.copyFileSync(".env", path.join(serverDir, ".env"))
    await run(["start"], { cwd: serverDir, env: { ...process.env, NODE_ENV: "production" } })
  } else {
    await run(["develop"])
  }
  await shutdown(0)
}

main().catch(async (error) => {
  process.stderr.write(`\n${error.stack || error}\n`)
  await shutdown(1)
})
