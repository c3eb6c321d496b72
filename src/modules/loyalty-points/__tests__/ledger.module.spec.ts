import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { LOYALTY_POINTS_MODULE } from "../index"
import LoyaltyAccount from "../models/loyalty-account"
import LoyaltyEntry from "../models/loyalty-entry"
import LoyaltyRule from "../models/loyalty-rule"
import type LoyaltyPointsModuleService from "../service"

jest.setTimeout(60 * 1000)

const DAY = 86_400_000

moduleIntegrationTestRunner<LoyaltyPointsModuleService>({
  moduleName: LOYALTY_POINTS_MODULE,
  resolve: path.join(__dirname, ".."),
  moduleModels: [LoyaltyAccount, LoyaltyEntry, LoyaltyRule],
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    let customer = 0
    const nextCustomer = () => `cus_test_${++customer}_${Date.now()}`

    const earn = (customer_id: string, points: number, source_id: string, extra: Record<string, unknown> = {}) =>
      service.postEntry({ customer_id, kind: "earn", points, source: "payment", source_id, ...extra })

    /** Every test ends with the ledger and the balances in agreement. */
    const it = (name: string, fn: () => Promise<void>) =>
      global.it(name, async () => {
        await fn()
        expect(await service.reconcile()).toEqual([])
      })

    it("posts the same source only once", async () => {
      const customer_id = nextCustomer()
      const results = [
        await earn(customer_id, 120, "cap_1"),
        await earn(customer_id, 120, "cap_1"),
        await earn(customer_id, 120, "cap_1"),
      ]
      expect(results.map((r) => r.created)).toEqual([true, false, false])
      const entries = await service.listLoyaltyEntries({ customer_id })
      expect(entries).toHaveLength(1)
      const [account] = await service.listLoyaltyAccounts({ customer_id })
      expect(account.points_available).toEqual(120)
      expect(account.lifetime_earned).toEqual(120)
    })

    it("posts concurrent batches over the same customers in any order without deadlock", async () => {
      const customers = [nextCustomer(), nextCustomer(), nextCustomer()]
      const batch = (tag: string, order: string[]) =>
        order.map((customer_id, i) => ({
          customer_id,
          kind: "earn" as const,
          points: 10 + i,
          source: "payment",
          source_id: `${tag}_${i}`,
        }))
      const forward = batch("fwd", [...customers, ...customers])
      const backward = batch("bwd", [...customers].reverse())
      const [a, b] = await Promise.all([service.postEntries(forward), service.postEntries(backward)])
      // Results answer the inputs in their order, whatever order the accounts were locked in.
      expect(a.map((r) => r.entry_id)).toEqual(a.map((r) => r.entry_id).filter(Boolean))
      const posted = await service.listLoyaltyEntries({ customer_id: customers }, { take: 100 })
      expect(posted).toHaveLength(9)
      for (const [input, result] of [
        ...forward.map((x, i) => [x, a[i]] as const),
        ...backward.map((x, i) => [x, b[i]] as const),
      ]) {
        expect(posted.find((e) => e.id === result.entry_id)).toMatchObject({
          customer_id: input.customer_id,
          source_id: input.source_id,
        })
      }
    })

    it("posts a batch of credits exactly as posting them one by one would", async () => {
      const [bulk, single] = [nextCustomer(), nextCustomer()]
      const future = new Date(Date.now() + 10 * DAY)
      const credits = (customer_id: string) => [
        { customer_id, kind: "earn" as const, points: 20, source: "payment", source_id: `${customer_id}_a` },
        {
          customer_id,
          kind: "earn" as const,
          points: 50,
          source: "payment",
          source_id: `${customer_id}_pending`,
          available_at: future,
        },
        { customer_id, kind: "earn" as const, points: 40, source: "payment", source_id: `${customer_id}_b` },
        // the first one again, and one posted before the batch: no-ops
        { customer_id, kind: "earn" as const, points: 20, source: "payment", source_id: `${customer_id}_a` },
        { customer_id, kind: "earn" as const, points: 99, source: "payment", source_id: `${customer_id}_before` },
        {
          customer_id,
          kind: "adjust" as const,
          points: 5,
          source: "admin",
          source_id: `${customer_id}_adj`,
          actor: "user_1",
        },
      ]
      for (const customer_id of [bulk, single]) {
        // one posting the batch repeats, then 31 points of debt
        await earn(customer_id, 99, `${customer_id}_before`)
        await service.postEntry({
          customer_id,
          kind: "reverse",
          points: -130,
          source: "refund",
          source_id: `${customer_id}_refund`,
          allow_debt: true,
        })
      }
      const viaBatch = await service.postEntries(credits(bulk))
      // The reference: each posting in a transaction of its own through the
      // one-entry path (outside a transaction, postEntry also posts credits in bulk).
      const oneByOne = []
      for (const input of credits(single)) {
        oneByOne.push(
          await MikroOrmWrapper.forkManager().transactional((transactionManager: unknown) =>
            service.postEntry(input, { transactionManager })
          )
        )
      }

      const strip = (r: { entry_id: string; account_id: string }) => {
        const { entry_id: _e, account_id: _a, ...rest } = r
        return rest
      }
      expect(viaBatch.map(strip)).toEqual(oneByOne.map(strip))
      expect(viaBatch.map((r) => r.created)).toEqual([true, true, true, false, false, true])
      expect(viaBatch[3].entry_id).toEqual(viaBatch[0].entry_id)
      // 20 repays 20 of the debt (a spent lot), 40 repays the other 11, then 5 more; 50 pending
      expect(viaBatch[0]).toMatchObject({ points_available: 0, points_pending: 0, points_debt: 11 })
      expect(viaBatch[5]).toMatchObject({ points_available: 29 + 5, points_pending: 50, points_debt: 0 })

      const accountOf = async (customer_id: string) => {
        const [a] = await service.listLoyaltyAccounts({ customer_id })
        return [a.points_available, a.points_pending, a.points_debt, a.lifetime_earned]
      }
      expect(await accountOf(bulk)).toEqual(await accountOf(single))
      const lotsOf = async (customer_id: string) =>
        (await service.listLoyaltyEntries({ customer_id }, { take: 100 }))
          .map((e) => [e.source_id.slice(customer_id.length), e.kind, e.points, e.lot_status, e.remaining, e.actor])
          .sort((x, y) => String(x[0]).localeCompare(String(y[0])))
      expect(await lotsOf(bulk)).toEqual(await lotsOf(single))
    })

    it("posts a key once when another transaction posts it while the batch waits for the account", async () => {
      const customer_id = nextCustomer()
      await earn(customer_id, 5, `${customer_id}_first`)
      const credit = (points: number, tag: string) => ({
        customer_id,
        kind: "earn" as const,
        points,
        source: "payment",
        source_id: `${customer_id}_${tag}`,
      })
      const [raced, other] = [credit(30, "race"), credit(7, "other")]
      // Another process posts `raced` and holds the account's lock...
      const elsewhere = MikroOrmWrapper.forkManager()
      await elsewhere.begin()
      await service.postEntry(raced, { transactionManager: elsewhere })
      // ...while the batch's first statement waits for that lock, its look-up
      // already reading a snapshot without `raced`.
      const batch = service.postEntries([raced, other])
      const knex = MikroOrmWrapper.forkManager().getKnex()
      const waiting = async () =>
        Number(
          (
            await knex.raw(
              `SELECT count(*) AS n FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%loyalty_account%'`
            )
          ).rows[0].n
        )
      for (let tries = 0; (await waiting()) === 0; tries++) {
        if (tries > 200) throw new Error("the batch never waited for the account's lock")
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      await elsewhere.commit()

      const [again, posted] = await batch
      expect(again).toMatchObject({ created: false })
      expect(posted).toMatchObject({ created: true, points_available: 5 + 30 + 7 })
      const entries = await service.listLoyaltyEntries({ customer_id }, { take: 10 })
      expect(entries.map((e) => e.source_id).sort()).toEqual(
        [raced.source_id, other.source_id, `${customer_id}_first`].sort()
      )
      const [account] = await service.listLoyaltyAccounts({ customer_id })
      expect(account).toMatchObject({ points_available: 42, lifetime_earned: 42 })
    })

    it("spends the lots that expire first", async () => {
      const customer_id = nextCustomer()
      const late = await earn(customer_id, 100, "cap_late", { expires_at: new Date(Date.now() + 90 * DAY) })
      const soon = await earn(customer_id, 100, "cap_soon", { expires_at: new Date(Date.now() + 10 * DAY) })
      const never = await earn(customer_id, 100, "cap_never")
      await service.postEntry({ customer_id, kind: "redeem", points: -150, source: "order", source_id: "order_1" })
      const lots = await service.listLoyaltyEntries({ id: [late.entry_id, soon.entry_id, never.entry_id] })
      const remaining = Object.fromEntries(lots.map((lot) => [lot.id, lot.remaining]))
      expect(remaining[soon.entry_id]).toEqual(0)
      expect(remaining[late.entry_id]).toEqual(50)
      expect(remaining[never.entry_id]).toEqual(100)
    })

    it("refuses to spend more than the balance and writes nothing", async () => {
      const customer_id = nextCustomer()
      await earn(customer_id, 50, "cap_small")
      await expect(
        service.postEntry({ customer_id, kind: "redeem", points: -80, source: "order", source_id: "order_big" })
      ).rejects.toThrow("Not enough points: 50 available, 80 requested")
      expect(await service.listLoyaltyEntries({ customer_id })).toHaveLength(1)
      const [account] = await service.listLoyaltyAccounts({ customer_id })
      expect(account.points_available).toEqual(50)
    })

    it("rejects zero and fractional points", async () => {
      const customer_id = nextCustomer()
      await expect(earn(customer_id, 0, "zero")).rejects.toThrow("non-zero integer")
      await expect(earn(customer_id, 1.5, "fraction")).rejects.toThrow("non-zero integer")
    })

    it("records a reversal beyond the balance as debt, repaid by later earnings", async () => {
      const customer_id = nextCustomer()
      await earn(customer_id, 100, "cap_a", { order_id: "order_a" })
      await service.postEntry({ customer_id, kind: "redeem", points: -80, source: "order", source_id: "order_b" })
      const reversal = await service.postEntry({
        customer_id,
        kind: "reverse",
        points: -100,
        source: "order_cancel",
        source_id: "order_a",
        consume_order_id: "order_a",
        allow_debt: true,
      })
      expect(reversal.debt_added).toEqual(80)
      expect(reversal).toMatchObject({ points_available: 0, points_debt: 80 })

      const repaid = await earn(customer_id, 100, "cap_c")
      expect(repaid).toMatchObject({ points_available: 20, points_debt: 0 })
    })

    it("keeps points pending until released, and reverses an order's pending points first", async () => {
      const customer_id = nextCustomer()
      await earn(customer_id, 40, "cap_old")
      await earn(customer_id, 60, "cap_new", { order_id: "order_p", available_at: new Date(Date.now() + 14 * DAY) })
      let [account] = await service.listLoyaltyAccounts({ customer_id })
      expect(account).toMatchObject({ points_available: 40, points_pending: 60 })

      await service.postEntry({
        customer_id,
        kind: "reverse",
        points: -30,
        source: "refund",
        source_id: "ref_1",
        consume_order_id: "order_p",
        allow_debt: true,
      })
      ;[account] = await service.listLoyaltyAccounts({ customer_id })
      expect(account).toMatchObject({ points_available: 40, points_pending: 30 })

      expect(await service.releasePendingLots({ order_id: "order_p" })).toEqual(1)
      expect(await service.releasePendingLots({ order_id: "order_p" })).toEqual(0)
      ;[account] = await service.listLoyaltyAccounts({ customer_id })
      expect(account).toMatchObject({ points_available: 70, points_pending: 0 })
    })

    it("lets at most the covered redemptions through when 50 race for one balance", async () => {
      const customer_id = nextCustomer()
      await earn(customer_id, 1000, "cap_race")
      const attempts = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          service.postEntry({ customer_id, kind: "redeem", points: -100, source: "cart", source_id: `cart_${i}` })
        )
      )
      const succeeded = attempts.filter((a) => a.status === "fulfilled")
      const failed = attempts.filter((a) => a.status === "rejected") as PromiseRejectedResult[]
      expect(succeeded).toHaveLength(10)
      expect(failed).toHaveLength(40)
      for (const failure of failed) expect(failure.reason.message).toMatch(/Not enough points/)
      const [account] = await service.listLoyaltyAccounts({ customer_id })
      expect(account.points_available).toEqual(0)
    })

    it("finds accounts whose balance no longer matches the ledger", async () => {
      const customer_id = nextCustomer()
      await earn(customer_id, 10, "cap_tamper")
      const [account] = await service.listLoyaltyAccounts({ customer_id })
      await service.updateLoyaltyAccounts({ id: account.id, points_available: 11 })
      const mismatches = await service.reconcile({ customer_id })
      expect(mismatches).toEqual([
        expect.objectContaining({ account_id: account.id, points_available: 11, ledger_sum: 10 }),
      ])
      await service.updateLoyaltyAccounts({ id: account.id, points_available: 10 })
    })

    const reserve = (customer_id: string, cart_id: string, points: number) =>
      service.reservePoints({
        cart_id,
        customer_id,
        points,
        amount: String(points / 100),
        currency_code: "eur",
        promotion_id: `promo_${cart_id}`,
        promotion_code: `PTS-${cart_id}`,
      })

    it("lets at most the covered carts hold points when 50 race for one balance", async () => {
      const customer_id = nextCustomer()
      await earn(customer_id, 1000, "cap_hold")
      const attempts = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) => reserve(customer_id, `cart_race_${i}`, 100))
      )
      expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(10)
      const [account] = await service.listLoyaltyAccounts({ customer_id })
      expect(account).toMatchObject({ points_available: 1000, points_reserved: 1000 })
      expect(await service.listLoyaltyReservations({ customer_id, status: "active" })).toHaveLength(10)
    })

    it("spends a reservation once, and releases one without spending", async () => {
      const customer_id = nextCustomer()
      await earn(customer_id, 300, "cap_spend")
      await reserve(customer_id, "cart_a", 100)
      await reserve(customer_id, "cart_b", 50)
      await expect(reserve(customer_id, "cart_a", 10)).rejects.toThrow("already applied")

      const first = await service.consumeReservation({ cart_id: "cart_a", order_id: "order_a" })
      const again = await service.consumeReservation({ cart_id: "cart_a", order_id: "order_a" })
      expect(first).toMatchObject({ created: true, points_available: 200 })
      expect(again).toBeNull()
      expect(await service.releaseReservation({ cart_id: "cart_b", reason: "test" })).toMatchObject({ points: 50 })
      expect(await service.releaseReservation({ cart_id: "cart_b", reason: "test" })).toBeNull()

      const [account] = await service.listLoyaltyAccounts({ customer_id })
      expect(account).toMatchObject({ points_available: 200, points_reserved: 0 })
      const redeems = await service.listLoyaltyEntries({ customer_id, kind: "redeem" })
      expect(redeems).toEqual([expect.objectContaining({ points: -100, source_id: "order_a", order_id: "order_a" })])
    })

    it("expires each lot past its date once", async () => {
      const customer_id = nextCustomer()
      await earn(customer_id, 70, "cap_old", { expires_at: new Date(Date.now() - DAY) })
      await earn(customer_id, 30, "cap_fresh", { expires_at: new Date(Date.now() + 30 * DAY) })
      await service.postEntry({ customer_id, kind: "redeem", points: -20, source: "order", source_id: "order_x" })
      expect(await service.expireLots()).toEqual({ lots: 1, points: 50 })
      expect(await service.expireLots()).toEqual({ lots: 0, points: 0 })
      const [account] = await service.listLoyaltyAccounts({ customer_id })
      expect(account.points_available).toEqual(30)
      const soon = await service.listExpiringSoon(new Date(Date.now() + 60 * DAY))
      expect(soon.find((s) => s.customer_id === customer_id)).toMatchObject({ points: 30 })
    })

    it("never generates more codes than asked, even with two generators at once", async () => {
      const batch = await service.createCouponBatches({
        name: "race",
        promotion_id: "promo_x",
        promotion_code: "X",
        prefix: "RACE",
        count: 2_500,
      } as any)
      await Promise.all([
        service.generateCodes(batch.id, { chunkSize: 1_000 }),
        service.generateCodes(batch.id, { chunkSize: 700 }),
      ])
      const [codes, count] = await service.listAndCountCouponCodes(
        { batch_id: batch.id },
        { select: ["code"], take: null }
      )
      expect(count).toEqual(2_500)
      expect(new Set(codes.map((c) => c.code)).size).toEqual(2_500)
      expect(await service.retrieveCouponBatch(batch.id)).toMatchObject({ status: "ready", generated_count: 2_500 })
    })
  },
})
