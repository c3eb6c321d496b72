import { execFile, spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { promisify } from "node:util"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import pg from "pg"
import { createAdminSession } from "../helpers/admin"
import { registerCustomer } from "../helpers/customer"
import { seedTestStore, type TestStore } from "../helpers/store"
import { settleEvents } from "../helpers/events"

jest.setTimeout(120 * 1000)

const DAY_MS = 86_400_000
const run = promisify(execFile)
const root = path.resolve(__dirname, "..", "..")

/** The test database's server, as the ops scripts take it (DATABASE_URL). */
function serverUrl(database: string) {
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || 5432}/${database}`
}

/**
 * Limits are per fixed window; day-long windows keep a test inside one window,
 * unless it starts in the last seconds of a UTC day, which we wait out.
 */
async function awayFromWindowEdge() {
  const left = DAY_MS - (Date.now() % DAY_MS)
  if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 500))
}

const statusOf = (promise: Promise<any>) =>
  promise.then(
    (r) => ({ status: r.status, headers: r.headers, data: r.data }),
    (e) => ({ status: e.response?.status, headers: e.response?.headers ?? {}, data: e.response?.data })
  )

/**
 * Backups need pg_dump/pg_restore not older than the test database's server. The
 * embedded PostgreSQL of `npm test` (18) ships none, and Debian's packages here stop
 * before 18: without them the backup tests are skipped, with the reason printed.
 */
const pgTools = (() => {
  const check = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import { connect, findPgTool, serverMajor } from ${JSON.stringify(path.join(root, "scripts/lib/backup.mjs"))}
       const client = await connect(process.argv[1]); const major = await serverMajor(client); await client.end()
       findPgTool("pg_dump", major); findPgTool("pg_restore", major)`,
      serverUrl("postgres"),
    ],
    { encoding: "utf8" }
  )
  const reason = (check.stderr || "").split("\n").find((line) => line.includes("no pg_")) ?? check.stderr.trim()
  return check.status === 0 ? { ok: true, reason: "" } : { ok: false, reason }
})()
if (!pgTools.ok) {
  process.stdout.write(
    `operations.spec: backup and restore skipped: ${pgTools.reason} ` +
      `(run them against a server whose client tools are installed, e.g. DATABASE_URL=postgres://postgres@localhost:5432/postgres npm test -- --only=http operations)\n`
  )
}
const describeBackup = pgTools.ok ? describe : describe.skip

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: TestStore
    const saved = { ...process.env }

    beforeAll(async () => {
      store = await seedTestStore(getContainer(), { products: 2 })
    })

    describeBackup(pgTools.ok ? "backup and restore" : `backup and restore (skipped: ${pgTools.reason})`, () => {
      const restored = `suite_restore_test_${Date.now()}`
      let dir: string

      beforeAll(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "suite-backup-"))
      })
      afterAll(async () => {
        fs.rmSync(dir, { recursive: true, force: true })
        const admin = new pg.Client({ connectionString: serverUrl("postgres") })
        await admin.connect()
        await admin.query(`DROP DATABASE IF EXISTS "${restored}" WITH (FORCE)`)
        await admin.end()
      })

      it("backs up, restores into an empty database and proves every row came back", async () => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const [{ database }] = (await knex.raw("SELECT current_database() AS database")).rows
        const env = { ...process.env, DATABASE_URL: serverUrl(database) }

        const backup = await run("node", [path.join(root, "scripts/backup.mjs"), "--out", dir], { env, cwd: root })
        const file = backup.stdout.trim().split("\n").pop()!
        const manifest = JSON.parse(fs.readFileSync(file.replace(/\.dump$/, ".manifest.json"), "utf8"))
        // The manifest counts what the source holds, ours and Medusa's tables alike.
        for (const table of [
          "product",
          "product_variant",
          "customer",
          "loyalty_rule",
          "inventory_threshold",
          "purchase_order",
        ]) {
          const [{ count }] = (await knex.raw(`SELECT count(*)::int AS count FROM ${table}`)).rows
          expect(manifest.tables[table]).toEqual({ rows: count, checksum: expect.stringMatching(/^[0-9a-f]{32}$/) })
        }
        expect(manifest.tables.product.rows).toBeGreaterThan(0)

        const restore = await run("node", [path.join(root, "scripts/restore.mjs"), file, "--database", restored], {
          env,
          cwd: root,
        })
        expect(restore.stdout.trim().split("\n").pop()).toEqual(restored)

        // Independently of the scripts: every table holds the rows the backup counted (the source
        // may have moved on since: search sync runs in the background), and the store's own data
        // is the source's, row for row.
        const copy = new pg.Client({ connectionString: serverUrl(restored) })
        await copy.connect()
        try {
          for (const [table, { rows: counted }] of Object.entries<{ rows: number }>(manifest.tables)) {
            const { rows } = await copy.query(`SELECT count(*)::int AS count FROM "${table}"`)
            expect({ table, rows: rows[0].count }).toEqual({ table, rows: counted })
          }
          for (const table of ["product", "product_variant", "price", "customer", "order", "loyalty_rule"]) {
            const sql = `SELECT md5(string_agg(id, ',' ORDER BY id)) AS ids FROM "${table}"`
            const [{ ids }] = (await knex.raw(sql)).rows
            expect({ table, ids: (await copy.query(sql)).rows[0].ids }).toEqual({ table, ids })
          }
          // A restore that lost a row is caught by the verification.
          await copy.query(`DELETE FROM product_variant WHERE id = (SELECT id FROM product_variant LIMIT 1)`)
        } finally {
          await copy.end()
        }
        const verify = await run(
          "node",
          [path.join(root, "scripts/restore.mjs"), file, "--database", restored, "--verify-only"],
          { env, cwd: root }
        ).catch((error) => error)
        expect(verify.code).toEqual(1)
        const variants = manifest.tables.product_variant.rows
        expect(verify.stderr).toContain(`product_variant: ${variants - 1} rows, expected ${variants}`)
      })

      it("refuses to restore over a database that has tables", async () => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const [{ database }] = (await knex.raw("SELECT current_database() AS database")).rows
        const env = { ...process.env, DATABASE_URL: serverUrl(database) }
        const file = fs.readdirSync(dir).find((f) => f.endsWith(".dump"))!
        const result = await run(
          "node",
          [path.join(root, "scripts/restore.mjs"), path.join(dir, file), "--database", database],
          { env, cwd: root }
        ).catch((error) => error)
        expect(result.code).toEqual(1)
        expect(result.stderr).toContain("is not empty")
      })
    })

    describe("audit log", () => {
      const entriesFor = async (headers: any, query: string) => {
        // Entries are written once the response has gone out: give the write a moment.
        // Wait for the list, not the count: listAndCount reads them in two queries, and
        // a write landing between them shows in the count only.
        for (let i = 0; i < 20; i++) {
          const { data } = await api.get(`/admin/audit-log?${query}`, headers)
          if (data.audit_log_entries.length) return data
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        return (await api.get(`/admin/audit-log?${query}`, headers)).data
      }

      it("records who changed what, with secrets masked, and nothing for refused requests", async () => {
        const admin = await createAdminSession(getContainer(), api)
        const { data: items } = await api.get("/admin/inventory-items?limit=1", admin.headers)
        const itemId = items.inventory_items[0].id

        const refused = await statusOf(
          api.post("/admin/inventory-thresholds", { inventory_item_id: itemId, threshold: -1 }, admin.headers)
        )
        expect(refused.status).toEqual(400)
        const { data: created } = await api.post(
          "/admin/inventory-thresholds",
          { inventory_item_id: itemId, threshold: 7 },
          admin.headers
        )

        const log = await entriesFor(admin.headers, `actor_id=${admin.userId}&route=/admin/inventory-thresholds`)
        expect(log.count).toEqual(1)
        expect(log.audit_log_entries[0]).toMatchObject({
          actor_type: "user",
          actor_id: admin.userId,
          method: "POST",
          path: "/admin/inventory-thresholds",
          status_code: 200,
          input: { inventory_item_id: itemId, threshold: 7 },
        })
        expect(created).toBeTruthy()

        // Medusa's own admin routes are audited too, with the route pattern and the resource.
        await api.post(`/admin/inventory-items/${itemId}`, { title: "Audited title" }, admin.headers)
        const edits = await entriesFor(admin.headers, `resource_id=${itemId}&route=/admin/inventory-items/:id`)
        expect(edits.audit_log_entries[0]).toMatchObject({ actor_id: admin.userId, input: { title: "Audited title" } })

        // Passwords and tokens never reach the log.
        const other = await createAdminSession(getContainer(), api)
        await api.post(
          "/admin/invites",
          { email: `invitee-${Date.now()}@example.com`, metadata: { password: "hunter2" } },
          other.headers
        )
        const invites = await entriesFor(other.headers, `actor_id=${other.userId}&route=/admin/invites`)
        expect(invites.count).toEqual(1)
        expect(invites.audit_log_entries[0].input.metadata).toEqual({ password: "[redacted]" })
        expect(JSON.stringify(invites.audit_log_entries)).not.toContain("hunter2")
      })

      it("is for admins only, with a validated query", async () => {
        expect((await statusOf(api.get("/admin/audit-log"))).status).toEqual(401)
        const customer = await registerCustomer(api, store.publishableKey)
        expect((await statusOf(api.get("/admin/audit-log", customer.headers))).status).toEqual(401)
        const admin = await createAdminSession(getContainer(), api)
        for (const query of ["limit=0", "limit=abc", "created_after=not-a-date", "unknown=1", "method=PATCH"]) {
          expect({
            query,
            status: (await statusOf(api.get(`/admin/audit-log?${query}`, admin.headers))).status,
          }).toEqual({
            query,
            status: 400,
          })
        }
      })
    })

    describe("rate limits", () => {
      // The file's last block: let in-flight event handlers finish before the runner tears down.
      afterAll(() => settleEvents(getContainer()))
      beforeEach(async () => {
        // On for this block only (integration-tests/setup.js turns them off for the other suites),
        // with a key prefix of its own so an earlier run's counts in Redis do not leak in.
        delete process.env.RATE_LIMIT
        process.env.RATE_LIMIT_PREFIX = `test-rl-${Date.now()}-${Math.random().toString(36).slice(2)}:`
        await awayFromWindowEdge()
      })
      afterEach(() => {
        process.env = { ...saved }
      })

      it("answers 429 with Retry-After once a client passes the login limit", async () => {
        process.env.RATE_LIMIT_LOGIN = `3/${DAY_MS / 1000}`
        const attempt = () =>
          statusOf(api.post("/auth/customer/emailpass", { email: "nobody@example.com", password: "wrong-password" }))
        const results = [await attempt(), await attempt(), await attempt(), await attempt(), await attempt()]
        expect(results.map((r) => r.status)).toEqual([401, 401, 401, 429, 429])
        // Counted per account: another e-mail from the same address still gets an answer.
        const other = await statusOf(
          api.post("/auth/customer/emailpass", { email: "somebody@example.com", password: "wrong-password" })
        )
        expect(other.status).toEqual(401)
        expect(results[0].headers["ratelimit-limit"]).toEqual("3")
        expect(results[2].headers["ratelimit-remaining"]).toEqual("0")
        const retryAfter = Number(results[3].headers["retry-after"])
        expect(retryAfter).toBeGreaterThan(0)
        expect(retryAfter).toBeLessThanOrEqual(DAY_MS / 1000)
        expect(results[3].data).toMatchObject({
          type: "too_many_requests",
          message: expect.stringContaining("Retry in"),
        })
      })

      it("limits coupon code checks per guest address", async () => {
        process.env.RATE_LIMIT_COUPON_CHECK = `2/${DAY_MS / 1000}`
        const { data } = await api.post(
          "/store/carts",
          { region_id: store.regions.eu.id, email: "guest@example.com" },
          store.storeHeaders
        )
        const check = (code: string) =>
          statusOf(api.post(`/store/carts/${data.cart.id}/coupons`, { code }, store.storeHeaders))
        const results = [await check("GUESS-0001"), await check("GUESS-0002"), await check("GUESS-0003")]
        expect(results[0].status).toBeGreaterThanOrEqual(400)
        expect(results[0].status).toBeLessThan(429)
        expect(results[1].status).toEqual(results[0].status)
        expect(results[2].status).toEqual(429)
      })

      it("counts each logged-in customer on their own", async () => {
        process.env.RATE_LIMIT_LOYALTY_EXCHANGE = `1/${DAY_MS / 1000}`
        const [alice, bob] = [
          await registerCustomer(api, store.publishableKey),
          await registerCustomer(api, store.publishableKey),
        ]
        const exchange = (session: typeof alice) =>
          statusOf(api.post("/store/customers/me/loyalty/exchange", { batch_id: "cbat_missing" }, session.headers))
        const first = await exchange(alice)
        expect(first.status).not.toEqual(429)
        expect((await exchange(alice)).status).toEqual(429)
        // Same address, another customer: a count of its own.
        expect((await exchange(bob)).status).toEqual(first.status)
      })

      it("can be turned off", async () => {
        process.env.RATE_LIMIT_LOGIN = "1/3600"
        process.env.RATE_LIMIT = "off"
        const attempt = () =>
          statusOf(api.post("/auth/customer/emailpass", { email: "nobody@example.com", password: "wrong-password" }))
        expect([(await attempt()).status, (await attempt()).status]).toEqual([401, 401])
      })
    })
  },
})
