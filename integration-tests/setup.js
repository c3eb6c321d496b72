const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// The HTTP suites log in and register dozens of customers from one address
// within a minute; rate limits are exercised by operations.spec.ts, which
// turns them on for itself.
if (process.env.RATE_LIMIT === undefined) process.env.RATE_LIMIT = "off"

// With REDIS_URL, HTTP suites run two at a time like the in-process ones:
// each jest worker gets its own Redis database (the URL's database index plus
// the worker id), so one suite's app never takes another's BullMQ jobs, locks,
// cache entries or rate-limit counters. REDIS_DB_PER_WORKER=off keeps the URL.
if (process.env.REDIS_URL && process.env.JEST_WORKER_ID && process.env.REDIS_DB_PER_WORKER !== "off") {
  const url = new URL(process.env.REDIS_URL)
  const base = Number(url.pathname.replace(/^\//, "") || 0)
  url.pathname = `/${base + Number(process.env.JEST_WORKER_ID)}`
  process.env.REDIS_URL = url.toString()
}
