import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { registerCustomer } from "../helpers/customer"
import { seedTestStore, type TestStore } from "../helpers/store"

jest.setTimeout(120 * 1000)

const DAY_MS = 86_400_000

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

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: TestStore
    const saved = { ...process.env }

    beforeAll(async () => {
      store = await seedTestStore(getContainer(), { products: 2 })
    })

    describe("rate limits", () => {
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
