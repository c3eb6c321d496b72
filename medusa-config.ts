import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { searchModuleConfig } from "./src/providers/search-meilisearch/config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * Infrastructure modules.
 *
 * With REDIS_URL unset we keep Medusa's defaults: the local (in-process) event
 * bus, the in-memory cache, the in-memory workflow engine and in-memory
 * locking. With REDIS_URL set, every one of them moves to Redis so that API
 * servers and workers (MEDUSA_WORKER_MODE) can run as separate processes.
 */
const redisUrl = process.env.REDIS_URL

const redisModules = redisUrl
  ? [
      {
        key: Modules.EVENT_BUS,
        resolve: "@medusajs/medusa/event-bus-redis",
        options: {
          redisUrl,
          // At-least-once delivery: a failed subscriber job is retried.
          // Every subscriber in this project is idempotent.
          jobOptions: { attempts: 3, backoff: { type: "exponential", delay: 1000 } },
          // BullMQ's default is one job at a time per process: one slow handler would hold up every
          // event behind it, and the handlers' group commit (src/lib/group-commit.ts) could never
          // merge concurrent events. Handlers re-read current state, so their order does not matter.
          workerOptions: { concurrency: Number(process.env.EVENT_BUS_CONCURRENCY || 10) },
        },
      },
      {
        key: Modules.CACHE,
        resolve: "@medusajs/medusa/cache-redis",
        options: { redisUrl },
      },
      {
        key: Modules.CACHING,
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            {
              id: "caching-redis",
              resolve: "@medusajs/medusa/caching-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              id: "locking-redis",
              resolve: "@medusajs/medusa/locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

/**
 * Secrets: development falls back to a fixed value so the two-command start
 * works anywhere (`npm start` generates and keeps real ones under .data/);
 * production refuses to boot without them.
 */
function secret(name: "JWT_SECRET" | "COOKIE_SECRET") {
  const value = process.env[name]
  if (value) return value
  if (process.env.NODE_ENV === "production") {
    throw new Error(`${name} must be set in production (see .env.template)`)
  }
  return "supersecret"
}

/**
 * Notifications: Medusa's local provider serves the admin feed (the bell in
 * the admin) and, until an e-mail provider is configured in its place, the
 * "email" channel too (it logs the message). Inventory alerts, digests and
 * back-in-stock notices use these two channels.
 */
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { name: "Local notifications (feed and logged e-mail)", channels: ["feed", "email"] },
      },
    ],
  },
}

/**
 * Payments: Medusa's system provider (pp_system_default) is always there. In
 * integration tests, or with ENABLE_TEST_PAYMENT_PROVIDER=true, a test
 * provider whose signed webhooks can report failures is added
 * (pp_test-webhooks_test-webhooks, webhooks at
 * POST /hooks/payment/test-webhooks_test-webhooks; see
 * src/providers/payment-test-webhooks). Real providers go in the same list.
 */
const testPaymentProvider =
  (process.env.TEST_TYPE ?? "").startsWith("integration") || process.env.ENABLE_TEST_PAYMENT_PROVIDER === "true"

const paymentModules = testPaymentProvider
  ? [
      {
        key: Modules.PAYMENT,
        resolve: "@medusajs/medusa/payment",
        options: {
          // Medusa delays webhook processing (default 5 s) against races with the checkout.
          ...(process.env.PAYMENT_WEBHOOK_DELAY_MS ? { webhook_delay: Number(process.env.PAYMENT_WEBHOOK_DELAY_MS) } : {}),
          providers: [
            {
              resolve: "./src/providers/payment-test-webhooks",
              id: "test-webhooks",
              options: { webhook_secret: process.env.TEST_PAYMENT_WEBHOOK_SECRET || "test-webhook-secret" },
            },
          ],
        },
      },
    ]
  : []

const workerMode = (process.env.MEDUSA_WORKER_MODE || "shared") as "shared" | "worker" | "server"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseLogging: process.env.DATABASE_LOGGING === "true",
    redisUrl,
    workerMode,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:5173,http://localhost:8000",
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
    },
  },
  admin: {
    // A worker process serves no HTTP traffic, so it does not need the admin.
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true" || workerMode === "worker",
    backendUrl: process.env.MEDUSA_BACKEND_URL,
  },
  modules: [
    ...redisModules,
    notificationModule,
    // Search: Postgres (Medusa's default) unless MEILISEARCH_HOST is set, then Meilisearch is the default provider.
    searchModuleConfig(process.env),
    ...paymentModules,
    { resolve: "./src/modules/loyalty-points" },
    { resolve: "./src/modules/inventory-alert" },
    { resolve: "./src/modules/stocktake" },
    { resolve: "./src/modules/purchasing" },
    { resolve: "./src/modules/audit-log" },
    { resolve: "./src/modules/search-insight" },
    { resolve: "./src/modules/analytics-report" },
    { resolve: "./src/modules/order-timeline" },
    { resolve: "./src/modules/order-exception" },
    { resolve: "./src/modules/customer-privacy" },
    { resolve: "./src/modules/catalog-quality" },
  ],
})
