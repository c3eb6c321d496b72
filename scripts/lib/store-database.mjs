// The store's database for the ops scripts: DATABASE_URL (from the
// environment or .env), or else the embedded PostgreSQL of `npm start`
// (.data/postgres), started for the script when it is not running.
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { startEmbeddedPostgres } from "./db.mjs"

const portOpen = (port) =>
  new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.end()
      resolve(true)
    })
    socket.on("error", () => resolve(false))
  })

/** @returns {Promise<{ url: string, stop: () => Promise<void> }>} */
export async function storeDatabase(root) {
  if (!process.env.DATABASE_URL && fs.existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"))
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} }
  const port = Number(process.env.EMBEDDED_PG_PORT || 54329)
  const database = process.env.EMBEDDED_PG_DATABASE || "medusa"
  const password = encodeURIComponent(process.env.EMBEDDED_PG_PASSWORD || "postgres")
  const url = (p) => `postgres://postgres:${password}@localhost:${p}/${database}`
  if (await portOpen(port)) return { url: url(port), stop: async () => {} }
  const dataDir = path.join(root, ".data", "postgres")
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new Error(
      "DATABASE_URL is not set and there is no embedded database yet (.data/postgres): run `npm start` once"
    )
  }
  const embedded = await startEmbeddedPostgres({ dataDir, port })
  return { url: embedded.urlFor(database), stop: () => embedded.stop() }
}
