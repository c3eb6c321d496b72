import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminSession, type AdminSession } from "../helpers/admin"
import { afterEvent, eventually } from "../helpers/events"
import { seedTestStore, takeStockLedgerBaseline, type TestStore } from "../helpers/store"
import { INVENTORY_ALERT_MODULE } from "../../src/modules/inventory-alert"
import { STOCKTAKE_MODULE } from "../../src/modules/stocktake"
import type StocktakeModuleService from "../../src/modules/stocktake/service"

jest.setTimeout(300 * 1000)

type Line = { id: string; inventory_item_id: string; sku: string; expected_quantity: number }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: TestStore
    let admin: AdminSession
    let locationId: string

    beforeAll(async () => {
      store = await seedTestStore(getContainer(), { products: 3 })
      admin = await createAdminSession(getContainer(), api)
      locationId = store.locations.eu.id
      await takeStockLedgerBaseline(getContainer())
    })

    const stockedAt = async (itemId: string, location = locationId) => {
      const [level] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: itemId, location_id: location })
      return Number(level.stocked_quantity)
    }
    const levelsAt = async (location = locationId) =>
      getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ location_id: location }, { take: null })
    const create = async (body: Record<string, unknown> = {}) =>
      (await api.post("/admin/stocktakes", { location_id: locationId, ...body }, admin.headers)).data.stocktake
    const getStocktake = async (id: string) => (await api.get(`/admin/stocktakes/${id}`, admin.headers)).data.stocktake
    /** The error response of a request that must fail. */
    const fail = (promise: Promise<unknown>): Promise<any> =>
      promise.then(
        () => Promise.reject(new Error("expected a 4xx")),
        (e) => e.response
      )

    // The runner restores the database before every test: the whole count is one test, step by step.
    describe("full count at a location", () => {
      it("snapshots, counts, reports, and approves onto the current stock, once", async () => {
        // -- create: one line per level, expected = stocked quantity now, cost from purchasing
        const levels = await levelsAt()
        expect(levels.length).toBeGreaterThan(3)
        const purchasing: any = getContainer().resolve("purchasing", { allowUnregistered: true })
        if (purchasing) {
          const [supplier] = await purchasing.createSuppliers([{ name: "Cost Co", currency_code: "eur" }])
          await purchasing.createSupplierItems([
            {
              supplier_id: supplier.id,
              inventory_item_id: levels[0].inventory_item_id,
              cost_price: 2.5,
              currency_code: "eur",
              is_preferred: true,
            },
          ])
        }
        const created = await create({ name: "Year-end count" })
        expect(created).toMatchObject({
          id: expect.stringMatching(/^stk_/),
          status: "counting",
          scope: "all",
          location_id: locationId,
          name: "Year-end count",
          created_by: admin.userId,
          line_count: levels.length,
          counted_count: 0,
        })
        const stocktakeId: string = created.id
        const lines: Line[] = (await getStocktake(stocktakeId)).lines
        expect(lines).toHaveLength(levels.length)
        for (const level of levels) {
          const line = lines.find((l) => l.inventory_item_id === level.inventory_item_id)!
          expect(line).toMatchObject({ expected_quantity: Number(level.stocked_quantity), counted_quantity: null })
          expect(line.id).toMatch(/^stkl_/)
          expect(line.sku).toBeTruthy()
        }
        if (purchasing) {
          expect(lines.find((l) => l.inventory_item_id === levels[0].inventory_item_id)).toMatchObject({
            unit_cost: 2.5,
            currency_code: "eur",
          })
        }
        const { data: list } = await api.get(
          `/admin/stocktakes?status=counting&location_id=${locationId}`,
          admin.headers
        )
        expect(list).toMatchObject({ count: 1, offset: 0, limit: 20 })
        expect(list.stocktakes[0].id).toEqual(stocktakeId)

        // -- a second open stocktake over the same items is refused
        const overlapping = await fail(api.post("/admin/stocktakes", { location_id: locationId }, admin.headers))
        expect(overlapping.status).toEqual(400)
        expect(overlapping.data.message).toMatch(/already counts/)

        // -- a malformed CSV is refused with every bad line, and nothing is written
        const badCsv = [
          "sku,counted_quantity",
          `${lines[0].sku},5`,
          `${lines[1].sku},-1`,
          "NO-SUCH-SKU,3",
          `${lines[2].sku},2.5`,
          `${lines[0].sku},6`,
        ].join("\n")
        const malformed = await fail(
          api.post(`/admin/stocktakes/${stocktakeId}/counts/csv`, { csv: badCsv }, admin.headers)
        )
        expect(malformed.status).toEqual(400)
        expect(malformed.data.message).toMatch(/No counts were saved/)
        for (const n of [3, 4, 5, 6]) expect(malformed.data.message).toContain(`line ${n}:`)
        expect(malformed.data.message).not.toContain("line 2:")
        const noHeader = await fail(
          api.post(`/admin/stocktakes/${stocktakeId}/counts/csv`, { csv: `${lines[0].sku},5\n` }, admin.headers)
        )
        expect(noHeader.status).toEqual(400)
        expect(noHeader.data.message).toMatch(/header/)
        const untouched = await getStocktake(stocktakeId)
        expect(untouched.counted_count).toEqual(0)
        expect(untouched.lines.every((l: any) => l.counted_quantity === null)).toBe(true)

        // -- counts from JSON and CSV: one higher, one lower, the rest as expected
        const [higher, lower, ...rest] = lines
        const { data: fromJson } = await api.post(
          `/admin/stocktakes/${stocktakeId}/counts`,
          {
            counts: [
              { inventory_item_id: higher.inventory_item_id, counted_quantity: higher.expected_quantity + 5 },
              { sku: lower.sku, counted_quantity: lower.expected_quantity - 3 },
            ],
          },
          admin.headers
        )
        expect(fromJson).toMatchObject({ updated: 2, stocktake: { counted_count: 2 } })
        const goodCsv = ["sku,counted_quantity", ...rest.map((l) => `${l.sku},${l.expected_quantity}`)].join("\r\n")
        const { data: fromCsv } = await api.post(
          `/admin/stocktakes/${stocktakeId}/counts/csv`,
          { csv: goodCsv },
          admin.headers
        )
        expect(fromCsv).toMatchObject({ updated: rest.length, stocktake: { counted_count: lines.length } })
        const negative = await fail(
          api.post(
            `/admin/stocktakes/${stocktakeId}/counts`,
            { counts: [{ sku: higher.sku, counted_quantity: -1 }] },
            admin.headers
          )
        )
        expect(negative.status).toEqual(400)

        // -- the variance report
        const { variance } = (await api.get(`/admin/stocktakes/${stocktakeId}/variance`, admin.headers)).data
        expect(variance.totals).toMatchObject({
          line_count: lines.length,
          counted_count: lines.length,
          uncounted_count: 0,
          lines_with_variance: 2,
          variance_quantity: 2,
          surplus_quantity: 5,
          shortage_quantity: 3,
        })
        expect(variance.uncounted).toEqual([])
        const reported = (id: string) => variance.lines.find((l: any) => l.inventory_item_id === id)
        expect(reported(higher.inventory_item_id)).toMatchObject({ variance_quantity: 5 })
        expect(reported(lower.inventory_item_id)).toMatchObject({ variance_quantity: -3 })
        const valued = variance.lines.find((l: any) => l.unit_cost !== null)
        if (valued) {
          expect(valued.variance_value).toEqual(valued.unit_cost * valued.variance_quantity)
          expect(variance.totals.by_currency).toEqual([
            expect.objectContaining({ currency_code: "eur", variance_value: valued.variance_value }),
          ])
        }

        // -- two units of `lower` leave the shelf while the count goes on (a sale)
        const before = await Promise.all(lines.map((l) => stockedAt(l.inventory_item_id)))
        await afterEvent(getContainer(), "inventory.inventory-level.updated", () =>
          api.post(
            `/admin/inventory-items/${lower.inventory_item_id}/location-levels/${locationId}`,
            { stocked_quantity: before[1] - 2 },
            admin.headers
          )
        )

        // -- approve: counted − expected is added to the CURRENT stock, so the sale is kept
        const { data: approved } = await afterEvent(
          getContainer(),
          "inventory.inventory-level.updated",
          (): Promise<any> => api.post(`/admin/stocktakes/${stocktakeId}/approve`, {}, admin.headers)
        )
        expect(approved.stocktake).toMatchObject({ status: "approved", approved_by: admin.userId })
        expect(approved.stocktake.approved_at).toBeTruthy()
        expect(approved.adjusted).toEqual(2)
        const after = await Promise.all(lines.map((l) => stockedAt(l.inventory_item_id)))
        expect(after[0]).toEqual(before[0] + 5)
        expect(after[1]).toEqual(before[1] - 2 - 3)
        expect(after.slice(2)).toEqual(before.slice(2))
        const { data: item } = await api.get(`/admin/inventory-items/${higher.inventory_item_id}`, admin.headers)
        const level = item.inventory_item.location_levels.find((l: any) => l.location_id === locationId)
        expect(level.stocked_quantity).toEqual(before[0] + 5)
        const applied = Object.fromEntries(
          (await getStocktake(stocktakeId)).lines.map((l: any) => [l.inventory_item_id, l.applied_delta])
        )
        expect(applied[higher.inventory_item_id]).toEqual(5)
        expect(applied[lower.inventory_item_id]).toEqual(-3)
        expect(applied[rest[0].inventory_item_id]).toEqual(0)

        // -- approving again is refused and changes nothing; counts and cancel are closed too
        const again = await fail(api.post(`/admin/stocktakes/${stocktakeId}/approve`, {}, admin.headers))
        expect(again.status).toEqual(400)
        expect(again.data.message).toMatch(/is approved/)
        expect(await Promise.all(lines.map((l) => stockedAt(l.inventory_item_id)))).toEqual(after)
        const closed = await fail(
          api.post(
            `/admin/stocktakes/${stocktakeId}/counts`,
            { counts: [{ sku: higher.sku, counted_quantity: 1 }] },
            admin.headers
          )
        )
        expect(closed.status).toEqual(400)
        expect((await fail(api.post(`/admin/stocktakes/${stocktakeId}/cancel`, {}, admin.headers))).status).toEqual(400)

        // -- the stock ledger rows of the approval (written by the inventory-level subscriber)
        const alerts: any = getContainer().resolve(INVENTORY_ALERT_MODULE)
        const entries: any[] = await eventually(async () => {
          const rows = await alerts.listStockLedgerEntries({ reference_id: stocktakeId })
          expect(rows).toHaveLength(2)
          return rows
        })
        const entryOf = (id: string) => entries.find((e) => e.inventory_item_id === id)
        expect(entryOf(higher.inventory_item_id)).toMatchObject({
          reason: "stocktake",
          reference_type: "stocktake",
          reference_id: stocktakeId,
          location_id: locationId,
          actor: admin.userId,
        })
        expect(Number(entryOf(higher.inventory_item_id).delta)).toEqual(5)
        expect(Number(entryOf(lower.inventory_item_id).delta)).toEqual(-3)
      })
    })

    describe("partial counts, cancel and errors", () => {
      it("counts a listed subset, requires every line unless uncounted is ignored", async () => {
        const levels = await levelsAt(store.locations.us?.id ?? locationId)
        const location = levels[0].location_id
        const ids = levels.slice(0, 2).map((l) => l.inventory_item_id)
        const { data } = await api.post(
          "/admin/stocktakes",
          { location_id: location, inventory_item_ids: ids },
          admin.headers
        )
        const stocktake = data.stocktake
        expect(stocktake).toMatchObject({ scope: "subset", line_count: 2 })
        const expected = await stockedAt(ids[0], location)
        await api.post(
          `/admin/stocktakes/${stocktake.id}/counts`,
          { counts: [{ inventory_item_id: ids[0], counted_quantity: expected + 1 }] },
          admin.headers
        )
        const { data: report } = await api.get(`/admin/stocktakes/${stocktake.id}/variance`, admin.headers)
        expect(report.variance.uncounted).toEqual([expect.objectContaining({ inventory_item_id: ids[1] })])

        const refused = await fail(api.post(`/admin/stocktakes/${stocktake.id}/approve`, {}, admin.headers))
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toMatch(/not counted/)
        const untouched = await stockedAt(ids[1], location)

        const { data: approved } = await api.post(
          `/admin/stocktakes/${stocktake.id}/approve`,
          { uncounted: "ignore" },
          admin.headers
        )
        expect(approved.stocktake.status).toEqual("approved")
        expect(await stockedAt(ids[0], location)).toEqual(expected + 1)
        expect(await stockedAt(ids[1], location)).toEqual(untouched)
      })

      it("cancels a counting stocktake without touching stock", async () => {
        const levels = await levelsAt()
        const stocktake = await create({ inventory_item_ids: [levels[0].inventory_item_id] })
        const before = await stockedAt(levels[0].inventory_item_id)
        await api.post(
          `/admin/stocktakes/${stocktake.id}/counts`,
          { counts: [{ inventory_item_id: levels[0].inventory_item_id, counted_quantity: before + 50 }] },
          admin.headers
        )
        const { data } = await api.post(`/admin/stocktakes/${stocktake.id}/cancel`, {}, admin.headers)
        expect(data.stocktake).toMatchObject({ status: "canceled" })
        expect(data.stocktake.canceled_at).toBeTruthy()
        expect((await fail(api.post(`/admin/stocktakes/${stocktake.id}/approve`, {}, admin.headers))).status).toEqual(
          400
        )
        expect(await stockedAt(levels[0].inventory_item_id)).toEqual(before)
        const service: StocktakeModuleService = getContainer().resolve(STOCKTAKE_MODULE)
        expect((await service.retrieveStocktake(stocktake.id)).canceled_by).toEqual(admin.userId)
      })

      it("answers bad input with 4xx", async () => {
        const unknownLocation = await fail(api.post("/admin/stocktakes", { location_id: "sloc_nope" }, admin.headers))
        expect(unknownLocation.status).toEqual(404)
        expect(unknownLocation.data.message).toMatch(/sloc_nope/)

        const unknownItem = await fail(
          api.post("/admin/stocktakes", { location_id: locationId, inventory_item_ids: ["iitem_nope"] }, admin.headers)
        )
        expect(unknownItem.status).toEqual(400)
        expect(unknownItem.data.message).toMatch(/iitem_nope/)

        expect(
          (await fail(api.post("/admin/stocktakes", { location_id: locationId, extra: 1 }, admin.headers))).status
        ).toEqual(400)
        expect((await fail(api.post("/admin/stocktakes", {}, admin.headers))).status).toEqual(400)
        expect((await fail(api.get("/admin/stocktakes?status=done", admin.headers))).status).toEqual(400)
        expect((await fail(api.get("/admin/stocktakes?limit=1000", admin.headers))).status).toEqual(400)
        expect((await fail(api.get("/admin/stocktakes/stk_nope", admin.headers))).status).toEqual(404)
        expect((await fail(api.get("/admin/stocktakes/stk_nope/variance", admin.headers))).status).toEqual(404)
        expect((await fail(api.post("/admin/stocktakes/stk_nope/approve", {}, admin.headers))).status).toEqual(404)
        expect(
          (
            await fail(
              api.post("/admin/stocktakes/stk_nope/counts/csv", { csv: "sku,counted_quantity\nA,1" }, admin.headers)
            )
          ).status
        ).toEqual(404)
        expect(
          (await fail(api.post("/admin/stocktakes/stk_nope/approve", { uncounted: "maybe" }, admin.headers))).status
        ).toEqual(400)
        expect(
          (await fail(api.post("/admin/stocktakes/stk_nope/counts", { counts: [] }, admin.headers))).status
        ).toEqual(400)
      })

      it("is admin-only", async () => {
        expect((await fail(api.get("/admin/stocktakes"))).status).toEqual(401)
        expect((await fail(api.post("/admin/stocktakes", { location_id: locationId }))).status).toEqual(401)
        expect((await fail(api.post("/admin/stocktakes/stk_x/approve", {}))).status).toEqual(401)
      })
    })
  },
})
