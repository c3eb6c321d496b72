#!/usr/bin/env node
// `npm run backup`: a consistent dump of the store's database to backups/.
//
//   npm run backup                      DATABASE_URL's database (or the embedded one of `npm start`)
//   npm run backup -- --out /mnt/safe   another folder
//
// Writes <database>-<UTC timestamp>.dump (pg_dump custom format) and
// <same>.manifest.json: every table's row count and content checksum, taken in
// the same snapshot as the dump (pg_export_snapshot), plus the dump's sha256.
// `npm run restore -- <file>` checks all of it after restoring.
import fs from "node:fs"
import path from "node:path"
import {
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
const outArg = args.indexOf("--out")
const outDir = path.resolve(outArg >= 0 ? args[outArg + 1] : path.join(root, "backups"))

async function main() {
  const db = await storeDatabase(root)
  const client = await connect(db.url)
  try {
    const major = await serverMajor(client)
    const pgDump = findPgTool("pg_dump", major)
    const database = decodeURIComponent(new URL(db.url).pathname.slice(1))
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d+Z$/, "Z")
    fs.mkdirSync(outDir, { recursive: true })
    const file = path.join(outDir, `${database}-${stamp}.dump`)

    // One snapshot for the dump and the manifest: what the manifest counts is what the file holds.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    const { rows } = await client.query("SELECT pg_export_snapshot() AS snapshot")
    const tables = await listTables(client)
    log(
      `backing up ${database} (${tables.length} tables, PostgreSQL ${major}, ${pgDump.binary} ${pgDump.major}) to ${file}`
    )
    const dump = runPgTool(pgDump.binary, ["--format=custom", `--snapshot=${rows[0].snapshot}`, `--file=${file}`], {
      env: libpqEnv(db.url),
      total: tables.length,
      onProgress: progressLine("dumped"),
    })
    const counted = fingerprints(client, tables)
    const [, manifestTables] = await Promise.all([dump, counted])
    await client.query("COMMIT")

    const manifest = {
      format: 1,
      database,
      created_at: new Date().toISOString(),
      server_version: major,
      pg_dump_version: pgDump.major,
      file: path.basename(file),
      sha256: await sha256File(file),
      bytes: fs.statSync(file).size,
      tables: manifestTables,
    }
    fs.writeFileSync(file.replace(/\.dump$/, ".manifest.json"), JSON.stringify(manifest, null, 2))
    const rowsTotal = Object.values(manifestTables).reduce((sum, t) => sum + t.rows, 0)
    log(
      `done: ${tables.length} tables, ${rowsTotal.toLocaleString("en")} rows, ${(manifest.bytes / 1e6).toFixed(1)} MB`
    )
    process.stdout.write(`${file}\n`)
  } finally {
    await client.end().catch(() => undefined)
    await db.stop()
  }
}

main().catch((error) => {
  process.stderr.write(`backup failed: ${error.message}\n`)
  process.exit(1)
})
