import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rateLimitStore, type RateLimitStore } from "./store"

export type RateLimitRule = {
  /** Names the limit in keys and in `RATE_LIMIT_<NAME>` overrides. */
  name: string
  /** Requests allowed per window and key. */
  limit: number
  windowSeconds: number
  /** What is counted, when not the actor or client address (see clientKey). */
  key?: (req: MedusaRequest) => string
}

/**
 * `RATE_LIMIT=off` disables every limit; `RATE_LIMIT_<NAME>=<limit>/<seconds>`
 * (name upper-cased, dashes as underscores) replaces one rule's numbers.
 * Anything else falls back to the rule as written.
 */
export function resolveRule(rule: RateLimitRule, env: NodeJS.ProcessEnv = process.env): RateLimitRule | null {
  if ((env.RATE_LIMIT ?? "").toLowerCase() === "off") return null
  const override = env[`RATE_LIMIT_${rule.name.toUpperCase().replace(/-/g, "_")}`]
  const match = override?.match(/^\s*(\d+)\s*\/\s*(\d+)\s*$/)
  if (override && (override.toLowerCase() === "off" || override === "0")) return null
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) return rule
  return { ...rule, limit: Number(match[1]), windowSeconds: Number(match[2]) }
}

/**
 * Who is counted: the logged-in actor when the route authenticated one,
 * otherwise the client address (Medusa's app trusts one proxy hop, so this is
 * X-Forwarded-For's client behind a load balancer).
 */
export function clientKey(req: Pick<MedusaRequest, "ip"> & { auth_context?: { actor_id?: string } }) {
  const actor = req.auth_context?.actor_id
  return actor ? `actor:${actor}` : `ip:${req.ip ?? "unknown"}`
}

/**
 * A fixed-window limit for costly or guessable routes. Over the limit the
 * answer is 429 with `Retry-After`; every answer carries `RateLimit-Limit`,
 * `RateLimit-Remaining` and `RateLimit-Reset`. A store failure (Redis down)
 * lets the request through: the limit protects the store, it must not take
 * it down.
 */
export function rateLimit(rule: RateLimitRule, store: () => RateLimitStore = rateLimitStore) {
  return async function rateLimitMiddleware(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const effective = resolveRule(rule)
    if (!effective) return next()
    const windowMs = effective.windowSeconds * 1000
    const now = Date.now()
    let hit
    try {
      hit = await store().hit(`${effective.name}:${(rule.key ?? clientKey)(req as any)}`, windowMs, now)
    } catch {
      return next()
    }
    const resetSeconds = Math.max(1, Math.ceil((hit.resetAt - now) / 1000))
    // With several limits on one route, the headers describe the tightest one.
    const remaining = Math.max(0, effective.limit - hit.count)
    const shown = res.getHeader?.("RateLimit-Remaining")
    if (shown === undefined || Number(shown) > remaining) {
      res.setHeader("RateLimit-Limit", String(effective.limit))
      res.setHeader("RateLimit-Remaining", String(remaining))
      res.setHeader("RateLimit-Reset", String(resetSeconds))
    }
    if (hit.count <= effective.limit) return next()
    res.setHeader("Retry-After", String(resetSeconds))
    res.status(429).json({
      type: "too_many_requests",
      message: `Too many requests: at most ${effective.limit} per ${effective.windowSeconds} s. Retry in ${resetSeconds} s.`,
    })
  }
}
