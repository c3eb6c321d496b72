import Redis from "ioredis"

/** One fixed window's count for a key, after counting this request. */
export type WindowHit = { count: number; resetAt: number }

export interface RateLimitStore {
  /** Counts one request for `key` in the window of `windowMs` that contains `now`. */
  hit(key: string, windowMs: number, now: number): Promise<WindowHit>
}

/**
 * In-process fixed windows: the default without Redis (one server process).
 * Expired windows are swept on the way, so memory stays bounded by the keys
 * seen within one window.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  private windows = new Map<string, WindowHit>()
  private nextSweep = 0

  async hit(key: string, windowMs: number, now: number): Promise<WindowHit> {
    if (now >= this.nextSweep) {
      for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k)
      this.nextSweep = now + windowMs
    }
    const current = this.windows.get(key)
    if (!current || current.resetAt <= now) {
      const fresh = { count: 1, resetAt: windowStart(now, windowMs) + windowMs }
      this.windows.set(key, fresh)
      return { ...fresh }
    }
    current.count += 1
    return { ...current }
  }

  get size() {
    return this.windows.size
  }
}

/**
 * Redis fixed windows, shared by every server process: one INCR per request on
 * a key that names its window, which expires with the window (set on the
 * first hit in one round trip, so a key never outlives its window).
 */
export class RedisRateLimitStore implements RateLimitStore {
  private static readonly script = `
    local count = redis.call("INCR", KEYS[1])
    if count == 1 then redis.call("PEXPIRE", KEYS[1], ARGV[1]) end
    return count`

  constructor(
    private readonly redis: Redis,
    private readonly prefix = "rl:"
  ) {}

  async hit(key: string, windowMs: number, now: number): Promise<WindowHit> {
    const start = windowStart(now, windowMs)
    const count = (await this.redis.eval(
      RedisRateLimitStore.script,
      1,
      `${this.prefix}${key}:${start}`,
      String(windowMs + 1000)
    )) as number
    return { count, resetAt: start + windowMs }
  }
}

export function windowStart(now: number, windowMs: number) {
  return Math.floor(now / windowMs) * windowMs
}

let shared: RateLimitStore | undefined

/** The process's store: Redis when REDIS_URL is set, memory otherwise. */
export function rateLimitStore(): RateLimitStore {
  if (shared) return shared
  const url = process.env.REDIS_URL
  if (url) {
    // Commands wait in ioredis's offline queue while it (re)connects; the
    // middleware lets requests through when the store answers with an error.
    const redis = new Redis(url, { maxRetriesPerRequest: 1, enableAutoPipelining: true, lazyConnect: false })
    redis.on("error", () => undefined)
    shared = new RedisRateLimitStore(redis, process.env.RATE_LIMIT_PREFIX ?? `${process.env.REDIS_PREFIX ?? ""}rl:`)
  } else {
    shared = new MemoryRateLimitStore()
  }
  return shared
}
