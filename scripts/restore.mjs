#!/usr/bin/env node
// `npm run restore -- <file.dump>`: restores a backup of `npm run backup` and
// proves it complete against its manifest.
//
//   npm run restore -- backups/medusa-20261201T120000Z.dump                  into a new database <name>_restored_<time>
//   npm run restore -- backups/medusa-….dump --database medusa_copy          into that database (created when missing; must be empty)
//   npm run restore -- backups/medusa-….dump --database medusa --verify-only  only compare a database with the manifest
//
// The server is DATABASE_URL's (or the embedded one of `npm start`). Exit code
// 1 when the file's checksum or any table's row count or content differs.
import fs from "node:fs"
import path from "node:path"
import {
  compareFingerprints,
  connect,
  findPgTool,
  fingerprints,
  libpqEnv,
  listTables,
  progressLine,
  runPgTool,
  serverMajor,
  sha256File,
} from "./lib/backup.mjs"
import { log } from "./lib/db.mjs"
import { storeDatabase } from "./lib/store-database.mjs"

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..")
const args = process.argv.slice(2)
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const verifyOnly = args.includes("--verify-only")
const file = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--database")

function withDatabase(url, database) {
  const u = new URL(url)
  u.pathname = `/${encodeURIComponent(database)}`
  return u.toString()
}

async function main() {
  if (!file) throw new Error("usage: npm run restore -- <file.dump> [--database <name>] [--verify-only]")
  const manifestFile = file.replace(/\.dump$/, ".manifest.json")
  if (!fs.existsSync(file) || !fs.existsSync(manifestFile))
    throw new Error(`${file} or its manifest ${manifestFile} is missing`)
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"))
  const sha = await sha256File(file)
  if (sha !== manifest.sha256)
    throw new Error(`${file} is damaged: sha256 ${sha}, the manifest says ${manifest.sha256}`)

  const db = await storeDatabase(root)
  try {
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d+Z$/, "Z")
    const database = option("--database") ?? `${manifest.database}_restored_${stamp}`.toLowerCase()
    const target = withDatabase(db.url, database)

    if (!verifyOnly) {
      const admin = await connect(withDatabase(db.url, "postgres"))
      try {
        const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
        if (!rowCount) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`)
      } finally {
        await admin.end()
      }
      const probe = await connect(target)
      const major = await serverMajor(probe)
      const existing = await listTables(probe)
      await probe.end()
      if (existing.length) {
        throw new Error(
          `database ${database} is not empty (${existing.length} tables): restore into a new or empty database`
        )
      }
      const pgRestore = findPgTool("pg_restore", Math.max(major, manifest.pg_dump_version ?? major))
      log(`restoring ${path.basename(file)} (${Object.keys(manifest.tables).length} tables) into ${database}`)
      await runPgTool(
        pgRestore.binary,
        ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${database}`, file],
        {
          env: libpqEnv(target),
          total: Object.keys(manifest.tables).length,
          onProgress: progressLine("restored"),
        }
      )
    }

    log(`verifying ${database} against the manifest`)
    const client = await connect(target)
    try {
      const tables = await listTables(client)
      const actual = await fingerprints(client, tables, progressLine("verified"))
      const problems = compareFingerprints(manifest.tables, actual)
      if (problems.length) {
        process.stderr.write(`${problems.length} differences:\n${problems.map((p) => `  ${p}`).join("\n")}\n`)
        return 1
      }
      const rows = Object.values(actual).reduce((sum, t) => sum + t.rows, 0)
      log(`verified: ${tables.length} tables, ${rows.toLocaleString("en")} rows, identical to the backup`)
      process.stdout.write(`${database}\n`)
      return 0
    } finally {
      await client.end()
    }
  } finally {
    await db.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`restore failed: ${error.message}\n`)
    process.exit(1)
  }
)
