import { clientKey, rateLimit, resolveRule } from "../index"
import { MemoryRateLimitStore, type RateLimitStore } from "../store"

const rule = { name: "coupon-check", limit: 3, windowSeconds: 60 }

describe("MemoryRateLimitStore", () => {
  it("counts per key within a window and starts again in the next one", async () => {
    const store = new MemoryRateLimitStore()
    const t0 = 1_800_000_000_000 // a window boundary for 60 s windows
    expect((await store.hit("a", 60_000, t0)).count).toBe(1)
    expect((await store.hit("a", 60_000, t0 + 59_999)).count).toBe(2)
    expect((await store.hit("b", 60_000, t0 + 10)).count).toBe(1)
    const next = await store.hit("a", 60_000, t0 + 60_000)
    expect(next).toEqual({ count: 1, resetAt: t0 + 120_000 })
  })

  it("forgets expired windows", async () => {
    const store = new MemoryRateLimitStore()
    for (let i = 0; i < 100; i++) await store.hit(`k${i}`, 1000, 5_000)
    expect(store.size).toBe(100)
    await store.hit("later", 1000, 7_000)
    expect(store.size).toBe(1)
  })
})

describe("resolveRule", () => {
  it("keeps the rule, takes an override, or turns limits off", () => {
    expect(resolveRule(rule, {})).toEqual(rule)
    expect(resolveRule(rule, { RATE_LIMIT_COUPON_CHECK: "5/10" })).toEqual({ ...rule, limit: 5, windowSeconds: 10 })
    expect(resolveRule(rule, { RATE_LIMIT_COUPON_CHECK: "off" })).toBeNull()
    expect(resolveRule(rule, { RATE_LIMIT: "OFF" })).toBeNull()
    // Malformed overrides fall back to the rule rather than to no limit.
    for (const bad of ["5", "x/10", "0/10", "5/0", "-1/10"]) {
      expect(resolveRule(rule, { RATE_LIMIT_COUPON_CHECK: bad })).toEqual(rule)
    }
  })
})

describe("clientKey", () => {
  it("counts the logged-in actor, otherwise the address", () => {
    expect(clientKey({ ip: "10.0.0.1", auth_context: { actor_id: "cus_1" } })).toBe("actor:cus_1")
    expect(clientKey({ ip: "10.0.0.1" })).toBe("ip:10.0.0.1")
  })
})

describe("rateLimit middleware", () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  function call(middleware: ReturnType<typeof rateLimit>, req: Record<string, unknown> = { ip: "1.2.3.4" }) {
    const headers: Record<string, string> = {}
    const res: any = {
      statusCode: 200,
      body: undefined,
      setHeader: (k: string, v: string) => (headers[k] = v),
      status(code: number) {
        this.statusCode = code
        return this
      },
      json(body: unknown) {
        this.body = body
        return this
      },
    }
    let passed = false
    return middleware(req as any, res, (() => (passed = true)) as any).then(() => ({ passed, res, headers }))
  }

  it("lets the limit through, then answers 429 with Retry-After", async () => {
    delete process.env.RATE_LIMIT
    const store = new MemoryRateLimitStore()
    const middleware = rateLimit(rule, () => store)
    const results = []
    for (let i = 0; i < 5; i++) results.push(await call(middleware))
    expect(results.map((r) => r.passed)).toEqual([true, true, true, false, false])
    expect(results.map((r) => r.headers["RateLimit-Remaining"])).toEqual(["2", "1", "0", "0", "0"])
    const blocked = results[3]
    expect(blocked.res.statusCode).toBe(429)
    expect(blocked.res.body).toMatchObject({ type: "too_many_requests" })
    expect(Number(blocked.headers["Retry-After"])).toBeGreaterThanOrEqual(1)
    expect(Number(blocked.headers["Retry-After"])).toBeLessThanOrEqual(60)
    // Another client is counted on its own.
    expect((await call(middleware, { ip: "5.6.7.8" })).passed).toBe(true)
  })

  it("does nothing when limits are off", async () => {
    process.env.RATE_LIMIT = "off"
    const middleware = rateLimit({ ...rule, limit: 1 }, () => new MemoryRateLimitStore())
    const results = [await call(middleware), await call(middleware)]
    expect(results.every((r) => r.passed && !r.headers["RateLimit-Limit"])).toBe(true)
  })

  it("lets requests through when the store fails", async () => {
    delete process.env.RATE_LIMIT
    const broken: RateLimitStore = { hit: () => Promise.reject(new Error("redis down")) }
    const { passed, res } = await call(rateLimit(rule, () => broken))
    expect(passed).toBe(true)
    expect(res.statusCode).toBe(200)
  })
})
