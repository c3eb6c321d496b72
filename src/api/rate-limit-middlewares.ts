import type { MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { clientKey, rateLimit } from "./rate-limit"

/**
 * Limits on store routes that can be brute-forced or are costly, per
 * logged-in customer or else per client address, in fixed windows (Redis when
 * REDIS_URL is set, so every server process shares the count; in memory
 * otherwise). Numbers can be changed without a deploy of code:
 * `RATE_LIMIT_<NAME>=<limit>/<seconds>`, or `RATE_LIMIT=off`.
 */
/** Password guessing is counted per account: a storefront server logs everyone in from one address. */
const accountKey = (req: MedusaRequest) => {
  const email = (req.body as { email?: unknown } | undefined)?.email
  return typeof email === "string" ? `email:${email.trim().toLowerCase().slice(0, 320)}` : clientKey(req as any)
}

export const RATE_LIMIT_RULES = {
  login: { name: "login", limit: 10, windowSeconds: 60, key: accountKey },
  loginAddress: { name: "login-address", limit: 300, windowSeconds: 60 },
  couponCheck: { name: "coupon-check", limit: 10, windowSeconds: 60 },
  loyaltyApply: { name: "loyalty-apply", limit: 20, windowSeconds: 60 },
  loyaltyExchange: { name: "loyalty-exchange", limit: 10, windowSeconds: 60 },
  backInStock: { name: "back-in-stock", limit: 20, windowSeconds: 60 },
  search: { name: "search", limit: 300, windowSeconds: 60 },
  searchSuggestions: { name: "search-suggestions", limit: 600, windowSeconds: 60 },
} as const

export const rateLimitMiddlewares: MiddlewareRoute[] = [
  // Password guessing: customer and admin logins and password reset requests, per account and per address.
  ...["/auth/customer/emailpass", "/auth/user/emailpass", "/auth/customer/emailpass/reset-password"].map(
    (matcher): MiddlewareRoute => ({
      matcher,
      method: ["POST"],
      middlewares: [rateLimit(RATE_LIMIT_RULES.login), rateLimit(RATE_LIMIT_RULES.loginAddress)],
    })
  ),
  // Code guessing and costly checks.
  { matcher: "/store/carts/:id/coupons", method: ["POST"], middlewares: [rateLimit(RATE_LIMIT_RULES.couponCheck)] },
  { matcher: "/store/carts/:id/promotions", method: ["POST"], middlewares: [rateLimit(RATE_LIMIT_RULES.couponCheck)] },
  {
    matcher: "/store/carts/:id/loyalty-points",
    method: ["POST"],
    middlewares: [rateLimit(RATE_LIMIT_RULES.loyaltyApply)],
  },
  {
    matcher: "/store/customers/me/loyalty/exchange",
    method: ["POST"],
    middlewares: [rateLimit(RATE_LIMIT_RULES.loyaltyExchange)],
  },
  {
    matcher: "/store/back-in-stock-subscriptions",
    method: ["POST"],
    middlewares: [rateLimit(RATE_LIMIT_RULES.backInStock)],
  },
  { matcher: "/store/search", method: ["POST"], middlewares: [rateLimit(RATE_LIMIT_RULES.search)] },
  {
    matcher: "/store/search-suggestions",
    method: ["GET"],
    middlewares: [rateLimit(RATE_LIMIT_RULES.searchSuggestions)],
  },
]
