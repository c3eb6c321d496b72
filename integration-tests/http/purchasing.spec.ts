import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminSession, type AdminSession } from "../helpers/admin"
import { afterEvent, eventually } from "../helpers/events"
import { seedTestStore, takeStockLedgerBaseline, type TestStore } from "../helpers/store"
import { INVENTORY_ALERT_MODULE } from "../../src/modules/inventory-alert"
import { PURCHASING_MODULE } from "../../src/modules/purchasing"

jest.setTimeout(300 * 1000)

type Level = { stocked: number; incoming: number } | null

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: TestStore
    let admin: AdminSession
    let locationId: string
    let itemIds: string[]

    beforeAll(async () => {
      store = await seedTestStore(getContainer(), { products: 3 })
      admin = await createAdminSession(getContainer(), api)
      locationId = store.locations.eu.id
      const items = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryItems({}, { take: 4, order: { id: "ASC" } })
      itemIds = items.map((i: { id: string }) => i.id)
      expect(itemIds.length).toBeGreaterThanOrEqual(3)
      await takeStockLedgerBaseline(getContainer())
    })

    const fail = (promise: Promise<unknown>) =>
      promise.then(
        () => Promise.reject(new Error("expected a 4xx")),
        (e) => e.response
      )
    const levelOf = async (itemId: string, location = locationId): Promise<Level> => {
      const [level] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: itemId, location_id: location })
      return level ? { stocked: Number(level.stocked_quantity), incoming: Number(level.incoming_quantity) } : null
    }
    const createSupplier = async (body: Record<string, unknown> = {}) =>
      (await api.post("/admin/suppliers", { name: "Acme Supplies", currency_code: "EUR", ...body }, admin.headers)).data
        .supplier
    const createPo = async (body: Record<string, unknown>) => {
      const res = await api
        .post("/admin/purchase-orders", { location_id: locationId, ...body }, admin.headers)
        .catch((e: any) =>
          Promise.reject(new Error(`create failed: ${e.response?.status} ${JSON.stringify(e.response?.data)}`))
        )
      return res.data.purchase_order
    }
    const receive = (id: string, key: string, body: Record<string, unknown>) =>
      api.post(`/admin/purchase-orders/${id}/receive`, body, {
        headers: { ...admin.headers.headers, "idempotency-key": key },
      })

    describe("suppliers", () => {
      it("creates, lists, reads, updates and deletes a supplier", async () => {
        const supplier = await createSupplier({
          name: "Nordic Timber",
          lead_time_days: 21,
          email: "orders@nordic.test",
        })
        expect(supplier).toMatchObject({
          id: expect.stringMatching(/^sup_/),
          currency_code: "eur",
          lead_time_days: 21,
          minimum_order_quantity: 0,
        })
        const { data: list } = await api.get("/admin/suppliers?q=nordic", admin.headers)
        expect(list).toMatchObject({ count: 1, offset: 0, limit: 20 })
        expect(list.suppliers[0].id).toEqual(supplier.id)

        const { data: updated } = await api.post(
          `/admin/suppliers/${supplier.id}`,
          { minimum_order_quantity: 50, notes: "Ships Mondays" },
          admin.headers
        )
        expect(updated.supplier).toMatchObject({
          minimum_order_quantity: 50,
          notes: "Ships Mondays",
          lead_time_days: 21,
        })
        expect((await api.get(`/admin/suppliers/${supplier.id}`, admin.headers)).data.supplier.name).toEqual(
          "Nordic Timber"
        )

        const { data: deleted } = await api.delete(`/admin/suppliers/${supplier.id}`, admin.headers)
        expect(deleted).toEqual({ id: supplier.id, object: "supplier", deleted: true })
        expect((await fail(api.get(`/admin/suppliers/${supplier.id}`, admin.headers))).status).toEqual(404)
      })

      it("keeps item costs as decimals and one preferred supplier per item", async () => {
        const a = await createSupplier({ name: "Alpha" })
        const b = await createSupplier({ name: "Beta" })
        await api.post(
          `/admin/suppliers/${a.id}/items`,
          [{ inventory_item_id: itemIds[0], cost_price: "2.35", is_preferred: true, supplier_sku: "A-1" }],
          admin.headers
        )
        const { data } = await api.post(
          `/admin/suppliers/${b.id}/items`,
          { items: [{ inventory_item_id: itemIds[0], cost_price: 2.1, is_preferred: true }] },
          admin.headers
        )
        expect(data.supplier_items[0]).toMatchObject({ cost_price: 2.1, currency_code: "eur", is_preferred: true })

        const purchasing: any = getContainer().resolve(PURCHASING_MODULE)
        const items = await purchasing.listSupplierItems(
          { inventory_item_id: [itemIds[0]] },
          { relations: ["supplier"] }
        )
        const byName = Object.fromEntries(items.map((i: any) => [i.supplier.name, i]))
        expect(byName.Alpha).toMatchObject({ is_preferred: false, supplier_sku: "A-1" })
        expect(byName.Alpha.raw_cost_price.value).toEqual("2.35")
        expect(byName.Beta.is_preferred).toBe(true)
        expect(byName.Beta.supplier).toMatchObject({ id: b.id, lead_time_days: 14, minimum_order_quantity: 0 })

        const { data: listed } = await api.get(`/admin/suppliers/${a.id}/items`, admin.headers)
        expect(listed.count).toEqual(1)
        expect(listed.supplier_items[0].inventory_item.id).toEqual(itemIds[0])

        const { data: removed } = await api.delete(`/admin/suppliers/${a.id}/items/${itemIds[0]}`, admin.headers)
        expect(removed).toMatchObject({ object: "supplier_item", deleted: true })
        expect((await api.get(`/admin/suppliers/${a.id}/items`, admin.headers)).data.count).toEqual(0)
        expect((await fail(api.delete(`/admin/suppliers/${a.id}/items/${itemIds[0]}`, admin.headers))).status).toEqual(
          404
        )
      })

      it("rejects malformed bodies and queries with 400, unknown ids with 404", async () => {
        const bad = [
          {},
          { name: "x", currency_code: "euro" },
          { name: "x", currency_code: "eur", lead_time_days: -1 },
          { name: "x", currency_code: "eur", unexpected: true },
          { name: "x".repeat(300), currency_code: "eur" },
        ]
        for (const body of bad) {
          expect((await fail(api.post("/admin/suppliers", body, admin.headers))).status).toEqual(400)
        }
        expect((await fail(api.get("/admin/suppliers?limit=abc", admin.headers))).status).toEqual(400)
        expect((await fail(api.get("/admin/suppliers?foo=1", admin.headers))).status).toEqual(400)
        const supplier = await createSupplier()
        expect(
          (
            await fail(
              api.post(
                `/admin/suppliers/${supplier.id}/items`,
                [{ inventory_item_id: itemIds[0], cost_price: -1 }],
                admin.headers
              )
            )
          ).status
        ).toEqual(400)
        expect(
          (
            await fail(
              api.post(
                `/admin/suppliers/${supplier.id}/items`,
                [{ inventory_item_id: "iitem_missing", cost_price: 1 }],
                admin.headers
              )
            )
          ).status
        ).toEqual(404)
        expect((await fail(api.post("/admin/suppliers/sup_missing", { name: "y" }, admin.headers))).status).toEqual(404)
        expect((await fail(api.delete("/admin/suppliers/sup_missing", admin.headers))).status).toEqual(404)
      })

      it("is for admins only", async () => {
        expect((await fail(api.get("/admin/suppliers"))).status).toEqual(401)
        expect((await fail(api.post("/admin/suppliers", { name: "x", currency_code: "eur" }))).status).toEqual(401)
        expect((await fail(api.get("/admin/purchase-orders"))).status).toEqual(401)
        expect((await fail(api.post("/admin/purchase-orders/po_x/receive", { lines: [] }))).status).toEqual(401)
      })
    })

    // Every test starts from the database as the top-level beforeAll left it:
    // each one builds the suppliers and orders it needs.
    const A = 0
    const B = 1
    const C = 2
    const draftWithCosts = async () => {
      const supplier = await createSupplier({ name: "Lifecycle Ltd" })
      await api.post(
        `/admin/suppliers/${supplier.id}/items`,
        [{ inventory_item_id: itemIds[A], cost_price: "3.10" }],
        admin.headers
      )
      const po = await createPo({
        supplier_id: supplier.id,
        lines: [
          { inventory_item_id: itemIds[A], quantity: 10 },
          { inventory_item_id: itemIds[B], quantity: 4, unit_cost: 12.5 },
        ],
      })
      return { supplier, po }
    }
    const placedOrder = async (lines: Record<string, unknown>[], location = locationId) => {
      const supplier = await createSupplier({ name: "Placed Inc" })
      const po = await createPo({ supplier_id: supplier.id, location_id: location, lines })
      const { data } = await api.post(`/admin/purchase-orders/${po.id}/order`, {}, admin.headers)
      return { supplier, po: data.purchase_order }
    }
    const lineOf = (po: any, index: number) => po.lines.find((l: any) => l.inventory_item_id === itemIds[index])

    describe("purchase order lifecycle", () => {
      it("creates a draft priced from the supplier's costs, edits it, orders it (incoming rises)", async () => {
        const { supplier, po: created } = await draftWithCosts()
        expect(created).toMatchObject({
          id: expect.stringMatching(/^po_/),
          code: expect.stringMatching(/^PO-\d{6}$/),
          status: "draft",
          currency_code: "eur",
          supplier: { id: supplier.id, name: "Lifecycle Ltd" },
          created_by: admin.userId,
        })
        expect(lineOf(created, A)).toMatchObject({ quantity_ordered: 10, quantity_received: 0, unit_cost: 3.1 })
        expect(lineOf(created, A).inventory_item.id).toEqual(itemIds[A])
        expect(lineOf(created, B).unit_cost).toEqual(12.5)

        const { data: list } = await api.get(
          `/admin/purchase-orders?status=draft&supplier_id=${supplier.id}`,
          admin.headers
        )
        expect(list.count).toEqual(1)
        expect(list.purchase_orders[0].id).toEqual(created.id)

        const { data: edited } = await api.post(
          `/admin/purchase-orders/${created.id}`,
          {
            notes: "Dock 3",
            lines: [
              { inventory_item_id: itemIds[A], quantity: 10 },
              { inventory_item_id: itemIds[B], quantity: 5, unit_cost: "12.50" },
            ],
          },
          admin.headers
        )
        expect(edited.purchase_order.notes).toEqual("Dock 3")
        expect(edited.purchase_order.lines).toHaveLength(2)
        expect(lineOf(edited.purchase_order, B).quantity_ordered).toEqual(5)

        const draftReceive = await fail(
          receive(created.id, "draft-receive", { lines: [{ inventory_item_id: itemIds[A], quantity: 1 }] })
        )
        expect(draftReceive.status).toEqual(400)
        expect(draftReceive.data.message).toMatch(/draft/)

        const before = await Promise.all([levelOf(itemIds[A]), levelOf(itemIds[B])])
        const { data } = await api.post(`/admin/purchase-orders/${created.id}/order`, {}, admin.headers)
        expect(data.purchase_order).toMatchObject({ status: "ordered", ordered_at: expect.any(String) })
        expect(await levelOf(itemIds[A])).toEqual({ stocked: before[0]!.stocked, incoming: before[0]!.incoming + 10 })
        expect(await levelOf(itemIds[B])).toEqual({ stocked: before[1]!.stocked, incoming: before[1]!.incoming + 5 })

        const again = await fail(api.post(`/admin/purchase-orders/${created.id}/order`, {}, admin.headers))
        expect(again.status).toEqual(400)
        expect(again.data.message).toMatch(/ordered/)
        expect((await levelOf(itemIds[A]))!.incoming).toEqual(before[0]!.incoming + 10)
        expect(
          (await fail(api.post(`/admin/purchase-orders/${created.id}`, { notes: "x" }, admin.headers))).status
        ).toEqual(400)
        expect((await fail(api.delete(`/admin/purchase-orders/${created.id}`, admin.headers))).status).toEqual(400)
      })

      it("refuses over-receipts and bad receive requests, changing nothing", async () => {
        const { po } = await placedOrder([
          { inventory_item_id: itemIds[A], quantity: 10, unit_cost: 1 },
          { inventory_item_id: itemIds[B], quantity: 5, unit_cost: 1 },
        ])
        const before = await Promise.all([levelOf(itemIds[A]), levelOf(itemIds[B])])
        const bad: Record<string, unknown>[] = [
          { lines: [{ inventory_item_id: itemIds[A], quantity: 11 }] },
          {
            lines: [
              { inventory_item_id: itemIds[A], quantity: 4 },
              { inventory_item_id: itemIds[B], quantity: 6 },
            ],
          },
          { lines: [{ inventory_item_id: itemIds[C], quantity: 1 }] },
          {
            lines: [
              { inventory_item_id: itemIds[A], quantity: 2 },
              { line_id: lineOf(po, A).id, quantity: 2 },
            ],
          },
          { lines: [{ inventory_item_id: itemIds[A], quantity: 0 }] },
          { lines: [{ inventory_item_id: itemIds[A], quantity: 1.5 }] },
          { lines: [] },
          { lines: [{ line_id: "pol_x", inventory_item_id: itemIds[A], quantity: 1 }] },
          { lines: [{ inventory_item_id: itemIds[A], quantity: 1 }], extra: 1 },
          { lines: "all" },
        ]
        for (const [i, body] of bad.entries()) {
          expect({ i, status: (await fail(receive(po.id, `bad-${i}`, body))).status }).toEqual({ i, status: 400 })
        }
        const noKey = await fail(
          api.post(
            `/admin/purchase-orders/${po.id}/receive`,
            { lines: [{ inventory_item_id: itemIds[A], quantity: 1 }] },
            admin.headers
          )
        )
        expect(noKey.status).toEqual(400)
        expect(noKey.data.message).toMatch(/idempotency key/i)
        expect(
          (await fail(receive("po_missing", "missing", { lines: [{ inventory_item_id: itemIds[A], quantity: 1 }] })))
            .status
        ).toEqual(404)

        expect(await Promise.all([levelOf(itemIds[A]), levelOf(itemIds[B])])).toEqual(before)
        const detail = (await api.get(`/admin/purchase-orders/${po.id}`, admin.headers)).data.purchase_order
        expect(detail.status).toEqual("ordered")
        expect(detail.receipts).toEqual([])
        expect(detail.lines.every((l: any) => l.quantity_received === 0)).toBe(true)
      })

      it("receives in parts: stocked rises, incoming falls, status follows; a repeated key changes nothing; the ledger says receipt", async () => {
        const { po } = await placedOrder([
          { inventory_item_id: itemIds[A], quantity: 10, unit_cost: 1 },
          { inventory_item_id: itemIds[B], quantity: 5, unit_cost: 1 },
        ])
        const start = await Promise.all([levelOf(itemIds[A]), levelOf(itemIds[B])])
        const body = { lines: [{ inventory_item_id: itemIds[A], quantity: 4 }] }
        const { data } = await afterEvent<any>(getContainer(), "inventory.inventory-level.updated", () =>
          receive(po.id, "receipt-1", body)
        )
        expect(data.receipt).toMatchObject({ id: expect.stringMatching(/^porc_/), duplicate: false })
        expect(data.purchase_order.status).toEqual("partially_received")
        expect(await levelOf(itemIds[A])).toEqual({ stocked: start[0]!.stocked + 4, incoming: start[0]!.incoming - 4 })

        const { data: repeated } = await receive(po.id, "receipt-1", body)
        expect(repeated.receipt).toEqual({ id: data.receipt.id, duplicate: true })
        expect(await levelOf(itemIds[A])).toEqual({ stocked: start[0]!.stocked + 4, incoming: start[0]!.incoming - 4 })
        expect(lineOf(repeated.purchase_order, A).quantity_received).toEqual(4)
        expect(repeated.purchase_order.receipts).toHaveLength(1)

        const alerts: any = getContainer().resolve(INVENTORY_ALERT_MODULE)
        // Written by the inventory-level subscriber after the receipt has answered.
        const entries = await eventually(async () => {
          const rows = await alerts.listStockLedgerEntries({ reference_id: po.id })
          expect(rows).toHaveLength(1)
          return rows
        })
        expect(entries[0]).toMatchObject({
          reason: "receipt",
          reference_type: "purchase_order",
          reference_id: po.id,
          inventory_item_id: itemIds[A],
          location_id: locationId,
          actor: admin.userId,
        })
        expect(Number(entries[0].delta)).toEqual(4)

        const { data: rest } = await api.post(
          `/admin/purchase-orders/${po.id}/receive`,
          {
            idempotency_key: "receipt-2",
            lines: [
              { line_id: lineOf(po, A).id, quantity: 6 },
              { line_id: lineOf(po, B).id, quantity: 5 },
            ],
          },
          admin.headers
        )
        expect(rest.purchase_order).toMatchObject({ status: "received", received_at: expect.any(String) })
        expect(await levelOf(itemIds[A])).toEqual({
          stocked: start[0]!.stocked + 10,
          incoming: start[0]!.incoming - 10,
        })
        expect(await levelOf(itemIds[B])).toEqual({ stocked: start[1]!.stocked + 5, incoming: start[1]!.incoming - 5 })

        expect((await fail(api.post(`/admin/purchase-orders/${po.id}/order`, {}, admin.headers))).status).toEqual(400)
        expect((await fail(api.post(`/admin/purchase-orders/${po.id}/cancel`, {}, admin.headers))).status).toEqual(400)
        expect(
          (await fail(receive(po.id, "receipt-3", { lines: [{ inventory_item_id: itemIds[A], quantity: 1 }] }))).status
        ).toEqual(400)

        // A key already used on another order is a conflict.
        const { po: other } = await placedOrder([{ inventory_item_id: itemIds[A], quantity: 1, unit_cost: 1 }])
        expect(
          (await fail(receive(other.id, "receipt-1", { lines: [{ inventory_item_id: itemIds[A], quantity: 1 }] })))
            .status
        ).toEqual(409)
      })

      it("books only one of two concurrent receipts that together exceed the order", async () => {
        const { po } = await placedOrder([{ inventory_item_id: itemIds[B], quantity: 5, unit_cost: 1 }])
        const before = await levelOf(itemIds[B])
        const body = { lines: [{ inventory_item_id: itemIds[B], quantity: 4 }] }
        const results = await Promise.allSettled([receive(po.id, "race-1", body), receive(po.id, "race-2", body)])
        const statuses = results.map((r) =>
          r.status === "fulfilled" ? r.value.status : (r.reason as any).response.status
        )
        expect(statuses.sort()).toEqual([200, 400])
        expect(await levelOf(itemIds[B])).toEqual({ stocked: before!.stocked + 4, incoming: before!.incoming - 4 })
      })

      it("allows an over-receipt when asked, taking incoming down only by what was expected", async () => {
        const { po } = await placedOrder([{ inventory_item_id: itemIds[C], quantity: 2, unit_cost: 1 }])
        const before = await levelOf(itemIds[C])
        const { data } = await receive(po.id, "over-1", {
          allow_over_receipt: true,
          lines: [{ inventory_item_id: itemIds[C], quantity: 3 }],
        })
        expect(data.purchase_order.status).toEqual("received")
        expect(data.purchase_order.lines[0].quantity_received).toEqual(3)
        expect(await levelOf(itemIds[C])).toEqual({ stocked: before!.stocked + 3, incoming: before!.incoming - 2 })
      })
    })

    describe("cancel, delete and new locations", () => {
      it("creates the level when ordering into a location that does not stock the item; cancel takes the open quantity back", async () => {
        const { data } = await api.post("/admin/stock-locations", { name: "Overflow Hall" }, admin.headers)
        const overflow = data.stock_location.id
        expect(await levelOf(itemIds[A], overflow)).toBeNull()
        const { po } = await placedOrder([{ inventory_item_id: itemIds[A], quantity: 8, unit_cost: 2 }], overflow)
        expect(await levelOf(itemIds[A], overflow)).toEqual({ stocked: 0, incoming: 8 })
        await receive(po.id, "cancel-partial", { lines: [{ inventory_item_id: itemIds[A], quantity: 3 }] })
        const { data: canceled } = await api.post(`/admin/purchase-orders/${po.id}/cancel`, {}, admin.headers)
        expect(canceled.purchase_order).toMatchObject({ status: "canceled", canceled_at: expect.any(String) })
        expect(await levelOf(itemIds[A], overflow)).toEqual({ stocked: 3, incoming: 0 })
        expect((await fail(api.post(`/admin/purchase-orders/${po.id}/cancel`, {}, admin.headers))).status).toEqual(400)
      })

      it("deletes drafts only, and cancels a draft without touching stock", async () => {
        const { supplier, po: draft } = await draftWithCosts()
        const { data } = await api.delete(`/admin/purchase-orders/${draft.id}`, admin.headers)
        expect(data).toEqual({ id: draft.id, object: "purchase_order", deleted: true })
        expect((await fail(api.get(`/admin/purchase-orders/${draft.id}`, admin.headers))).status).toEqual(404)

        const before = await levelOf(itemIds[A])
        const other = await createPo({
          supplier_id: supplier.id,
          lines: [{ inventory_item_id: itemIds[A], quantity: 1 }],
        })
        const { data: canceled } = await api.post(`/admin/purchase-orders/${other.id}/cancel`, {}, admin.headers)
        expect(canceled.purchase_order.status).toEqual("canceled")
        expect(await levelOf(itemIds[A])).toEqual(before)
      })

      it("refuses to delete a supplier with open orders", async () => {
        const { supplier } = await placedOrder([{ inventory_item_id: itemIds[A], quantity: 1, unit_cost: 1 }])
        const res = await fail(api.delete(`/admin/suppliers/${supplier.id}`, admin.headers))
        expect(res.status).toEqual(400)
        expect(res.data.message).toMatch(/open purchase order/)
      })

      it("rejects unknown suppliers, locations and items, and malformed orders", async () => {
        const supplierId = (await createSupplier({ name: "Strict" })).id
        const line = { inventory_item_id: itemIds[A], quantity: 1, unit_cost: 1 }
        const post = (body: Record<string, unknown>) => fail(api.post("/admin/purchase-orders", body, admin.headers))
        expect((await post({ supplier_id: "sup_missing", location_id: locationId, lines: [line] })).status).toEqual(404)
        expect((await post({ supplier_id: supplierId, location_id: "sloc_missing", lines: [line] })).status).toEqual(
          404
        )
        const unknownItem = await post({
          supplier_id: supplierId,
          location_id: locationId,
          lines: [{ ...line, inventory_item_id: "iitem_missing" }],
        })
        expect(unknownItem.status).toEqual(404)
        expect(unknownItem.data.message).toMatch(/iitem_missing/)
        const malformed = [
          { supplier_id: supplierId, location_id: locationId, lines: [] },
          { supplier_id: supplierId, location_id: locationId, lines: [{ ...line, quantity: 0 }] },
          { supplier_id: supplierId, location_id: locationId, lines: [{ ...line, unit_cost: "abc" }] },
          { supplier_id: supplierId, location_id: locationId, lines: [line], status: "received" },
          { supplier_id: supplierId, location_id: locationId, lines: [line, line] },
          // No unit_cost and no supplier cost for the item.
          { supplier_id: supplierId, location_id: locationId, lines: [{ inventory_item_id: itemIds[A], quantity: 1 }] },
        ]
        for (const [i, body] of malformed.entries()) {
          expect({ i, status: (await post(body)).status }).toEqual({ i, status: 400 })
        }
        expect((await fail(api.get("/admin/purchase-orders?status=shipped", admin.headers))).status).toEqual(400)
        expect((await fail(api.get("/admin/purchase-orders/po_missing", admin.headers))).status).toEqual(404)
        expect((await fail(api.post("/admin/purchase-orders/po_missing/order", {}, admin.headers))).status).toEqual(404)
        expect((await fail(api.post("/admin/purchase-orders/po_missing/cancel", {}, admin.headers))).status).toEqual(
          404
        )
      })
    })

    describe("from replenishment suggestions", () => {
      it("creates one draft per supplier at the suppliers' costs, or lists what it cannot place", async () => {
        const north = await createSupplier({ name: "North" })
        const south = await createSupplier({ name: "South" })
        await api.post(
          `/admin/suppliers/${north.id}/items`,
          [{ inventory_item_id: itemIds[1], cost_price: 4, is_preferred: true }],
          admin.headers
        )
        await api.post(
          `/admin/suppliers/${south.id}/items`,
          [
            { inventory_item_id: itemIds[1], cost_price: 3.5 },
            { inventory_item_id: itemIds[2], cost_price: "9.99" },
          ],
          admin.headers
        )

        const { data, status } = await api.post(
          "/admin/purchase-orders/from-suggestions",
          {
            location_id: locationId,
            items: [
              { inventory_item_id: itemIds[1], quantity: 20 },
              { inventory_item_id: itemIds[2], quantity: 6 },
            ],
          },
          admin.headers
        )
        expect(status).toEqual(201)
        const bySupplier = Object.fromEntries(data.purchase_orders.map((o: any) => [o.supplier_id, o]))
        expect(Object.keys(bySupplier).sort()).toEqual([north.id, south.id].sort())
        expect(bySupplier[north.id]).toMatchObject({ status: "draft", location_id: locationId })
        expect(bySupplier[north.id].lines).toEqual([
          expect.objectContaining({ inventory_item_id: itemIds[1], quantity_ordered: 20, unit_cost: 4 }),
        ])
        expect(bySupplier[south.id].lines).toEqual([
          expect.objectContaining({ inventory_item_id: itemIds[2], quantity_ordered: 6, unit_cost: 9.99 }),
        ])

        const purchasing: any = getContainer().resolve(PURCHASING_MODULE)
        const count = await purchasing.listAndCountPurchaseOrders({}).then(([, c]: [unknown, number]) => c)
        const unplaced = await fail(
          api.post(
            "/admin/purchase-orders/from-suggestions",
            {
              location_id: locationId,
              items: [
                { inventory_item_id: itemIds[1], quantity: 1 },
                { inventory_item_id: itemIds[3] ?? itemIds[0], quantity: 1, supplier_id: north.id },
              ],
            },
            admin.headers
          )
        )
        expect(unplaced.status).toEqual(400)
        expect(unplaced.data.message).toMatch(/No supplier for/)
        expect(await purchasing.listAndCountPurchaseOrders({}).then(([, c]: [unknown, number]) => c)).toEqual(count)
        expect(
          (
            await fail(
              api.post("/admin/purchase-orders/from-suggestions", { location_id: locationId, items: [] }, admin.headers)
            )
          ).status
        ).toEqual(400)
        expect(
          (
            await fail(
              api.post(
                "/admin/purchase-orders/from-suggestions",
                { location_id: "sloc_missing", items: [{ inventory_item_id: itemIds[1], quantity: 1 }] },
                admin.headers
              )
            )
          ).status
        ).toEqual(404)
      })
    })
  },
})
