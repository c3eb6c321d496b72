const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// The HTTP suites log in and register dozens of customers from one address
// within a minute; rate limits are exercised by operations.spec.ts, which
// turns them on for itself.
if (process.env.RATE_LIMIT === undefined) process.env.RATE_LIMIT = "off"
