import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import {
  ContainerRegistrationKeys,
  FulfillmentWorkflowEvents,
  Modules,
  OrderEditWorkflowEvents,
  OrderWorkflowEvents,
  PaymentEvents,
  PaymentWebhookEvents,
} from "@medusajs/framework/utils"
import { createAdminSession, type AdminSession } from "../helpers/admin"
import { checkout, prepareCart } from "../helpers/checkout"
import { registerCustomer, type CustomerSession } from "../helpers/customer"
import { afterEvent } from "../helpers/events"
import { seedTestStore, type TestStore } from "../helpers/store"
import { ORDER_TIMELINE_MODULE } from "../../src/modules/order-timeline"
import { PaymentAttemptEvents } from "../../src/modules/order-timeline/events"
import type OrderTimelineModuleService from "../../src/modules/order-timeline/service"
import { DEFAULT_TEMPLATES } from "../../src/modules/order-timeline/utils/templates"
import { signBody } from "../../src/providers/payment-test-webhooks/utils/webhook"

jest.setTimeout(300 * 1000)

const TEST_PROVIDER = "pp_test-webhooks_test-webhooks"
const WEBHOOK_URL = "/hooks/payment/test-webhooks_test-webhooks"
const WEBHOOK_SECRET = "test-webhook-secret"
const STORE_URL = "https://shop.example.test"
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

medusaIntegrationTestRunner({
  inApp: true,
  env: { PAYMENT_WEBHOOK_DELAY_MS: "50", STORE_URL },
  testSuite: ({ api, getContainer }) => {
    let store: TestStore
    let admin: AdminSession
    let customer: CustomerSession
    let variantIds: string[]
    const service = () => getContainer().resolve<OrderTimelineModuleService>(ORDER_TIMELINE_MODULE)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const bus = () => getContainer().resolve(Modules.EVENT_BUS) as any

    /** Every delivery of the events we watch, as the bus handed it to subscribers (name, data, metadata). */
    const delivered: Record<string, { name: string; data: any; metadata?: any }[]> = {}
    const watched = [
      OrderWorkflowEvents.PLACED,
      OrderWorkflowEvents.UPDATED,
      OrderWorkflowEvents.CANCELED,
      OrderWorkflowEvents.COMPLETED,
      OrderWorkflowEvents.FULFILLMENT_CREATED,
      OrderWorkflowEvents.FULFILLMENT_CANCELED,
      OrderWorkflowEvents.RETURN_REQUESTED,
      OrderWorkflowEvents.RETURN_RECEIVED,
      OrderWorkflowEvents.CLAIM_CREATED,
      OrderWorkflowEvents.EXCHANGE_CREATED,
      OrderEditWorkflowEvents.CONFIRMED,
      FulfillmentWorkflowEvents.SHIPMENT_CREATED,
      FulfillmentWorkflowEvents.DELIVERY_CREATED,
      PaymentEvents.CAPTURED,
      PaymentEvents.REFUNDED,
      PaymentAttemptEvents.FAILED,
      PaymentAttemptEvents.CANCELED,
      PaymentAttemptEvents.REQUIRES_MORE,
      PaymentWebhookEvents.WebhookReceived,
    ]

    beforeAll(async () => {
      store = await seedTestStore(getContainer(), { products: 4 })
      admin = await createAdminSession(getContainer(), api)
      customer = await registerCustomer(api, store.publishableKey)
      for (const name of watched) {
        delivered[name] = []
        bus().subscribe(
          name,
          async (event: any) => {
            delivered[name].push({ name, data: event.data, metadata: event.metadata })
          },
          { subscriberId: `orders-timeline-spec-recorder-${name}` }
        )
      }
      const { data } = await query().graph({ entity: "variant", fields: ["id", "manage_inventory"] })
      variantIds = data.filter((v: any) => v.manage_inventory).map((v: any) => v.id)
      // The test provider next to the system provider in the region we buy in.
      await api.post(
        `/admin/regions/${store.regions.eu.id}`,
        { payment_providers: ["pp_system_default", TEST_PROVIDER] },
        admin.headers
      )
    })

    /** Runs `action` and waits until `count` deliveries of `name` have been handled by every subscriber. */
    const afterEvents = async <T>(name: string, count: number, action: () => Promise<T>) => {
      if (bus().eventEmitter_ && count > 1) {
        const done = TestEventUtils.waitSubscribersExecution(name, bus(), { timeout: 30_000, triggerCount: count })
        const result = await action()
        await done
        return result
      }
      return afterEvent(getContainer(), name, action)
    }

    /** Delivers the last delivery of `name` (same data, same workflow run) twice more, as an at-least-once bus may. */
    const redeliverTwice = async (name: string, match: (data: any) => boolean) => {
      const original = [...delivered[name]].reverse().find((e) => match(e.data))
      if (!original) throw new Error(`no ${name} delivered yet`)
      const group: string | undefined = original.metadata?.eventGroupId
      const before = delivered[name].length
      for (let i = 0; i < 2; i++) {
        await afterEvent(getContainer(), name, async () => {
          await bus().emit({ name, data: original.data, metadata: group ? { eventGroupId: group } : undefined })
          if (group) await bus().releaseGroupedEvents(group)
        })
      }
      // The two copies really reached the subscribers (else the counts below would prove nothing).
      for (let i = 0; i < 50 && delivered[name].length < before + 2; i++) await sleep(100)
      expect(delivered[name].slice(before).map((e) => e.data)).toEqual([original.data, original.data])
      return original
    }

    const timeline = async (orderId: string) => {
      const { data } = await api.get(`/admin/orders/${orderId}/timeline?order=occurred_at`, admin.headers)
      return data as { timeline_entries: any[]; count: number }
    }
    const entriesOf = async (orderId: string, kind: string) =>
      (await timeline(orderId)).timeline_entries.filter((e) => e.kind === kind)
    const claimsOf = (templateKey: string, sourceKey: string) =>
      service().listOrderNotificationDeliveries({ idempotency_key: `${templateKey}:${sourceKey}` })
    const medusaNotificationsOf = (templateKey: string, sourceKey: string) =>
      getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ idempotency_key: `${templateKey}:${sourceKey}` } as any)
    /** One claim row, sent, and exactly one row in Medusa's notification table, to `to`. */
    const expectOneNotification = async (templateKey: string, sourceKey: string, to: string) => {
      const claims = await claimsOf(templateKey, sourceKey)
      expect(claims.map((c) => [c.status, c.to])).toEqual([["sent", to]])
      const sent = await medusaNotificationsOf(templateKey, sourceKey)
      expect(sent.map((n: any) => [n.to, n.channel, n.template])).toEqual([[to, "email", templateKey]])
      return sent[0] as any
    }

    const orderDetails = async (orderId: string) => {
      const { data } = await query().graph({
        entity: "order",
        fields: [
          "id",
          "email",
          "currency_code",
          "total",
          "items.id",
          "items.quantity",
          "payment_collections.payments.id",
          "payment_collections.payments.amount",
          "payment_collections.payments.payment_session_id",
        ],
        filters: { id: orderId },
      })
      return data[0] as any
    }

    const placeOrder = async (quantity: number, extra: { email?: string } = {}) => {
      const placed = await afterEvent(getContainer(), OrderWorkflowEvents.PLACED, () =>
        checkout(api, store.storeHeaders, {
          regionId: store.regions.eu.id,
          variantId: variantIds[0],
          quantity,
          email: extra.email,
        })
      )
      expect(placed.type).toEqual("order")
      return orderDetails(placed.order.id)
    }

    const fulfillAll = async (order: any) => {
      await afterEvent(getContainer(), OrderWorkflowEvents.FULFILLMENT_CREATED, () =>
        api.post(
          `/admin/orders/${order.id}/fulfillments`,
          { items: order.items.map((i: any) => ({ id: i.id, quantity: Number(i.quantity) })) },
          admin.headers
        )
      )
      const { data } = await query().graph({
        entity: "order",
        fields: ["fulfillments.id", "fulfillments.canceled_at", "fulfillments.created_at"],
        filters: { id: order.id },
      })
      const live = (data[0] as any).fulfillments.filter((f: any) => !f.canceled_at)
      return live.sort((a: any, b: any) => String(b.created_at).localeCompare(String(a.created_at)))[0].id as string
    }

    const webhook = (body: Record<string, unknown>, secret = WEBHOOK_SECRET) => {
      const raw = JSON.stringify(body)
      return api.post(WEBHOOK_URL, raw, {
        headers: { "content-type": "application/json", "x-test-signature": signBody(raw, secret) },
      })
    }
    /** Posts the same signed webhook `times` times at once and waits until all were handled. */
    const postWebhook = async (body: Record<string, unknown>, times: number) => {
      const before = delivered[PaymentWebhookEvents.WebhookReceived].length
      await afterEvents(PaymentWebhookEvents.WebhookReceived, times, () =>
        Promise.all(Array.from({ length: times }, () => webhook(body)))
      )
      for (let i = 0; i < 50 && delivered[PaymentWebhookEvents.WebhookReceived].length < before + times; i++) {
        await sleep(100)
      }
      expect(delivered[PaymentWebhookEvents.WebhookReceived].length - before).toEqual(times)
    }
    /** A cart ready to complete, paying with the test provider; returns the cart and its session. */
    const cartWithTestProvider = async (email: string) => {
      const cartId = await prepareCart(api, store.storeHeaders, {
        regionId: store.regions.eu.id,
        variantId: variantIds[1],
        email,
      })
      const { data: col } = await api.post("/store/payment-collections", { cart_id: cartId }, store.storeHeaders)
      const { data } = await api.post(
        `/store/payment-collections/${col.payment_collection.id}/payment-sessions`,
        { provider_id: TEST_PROVIDER },
        store.storeHeaders
      )
      const session = data.payment_collection.payment_sessions.find((s: any) => s.provider_id === TEST_PROVIDER)
      return { cartId, collectionId: col.payment_collection.id as string, session }
    }
    const waitForDeliveries = async (name: string, match: (d: any) => boolean, atLeast: number) => {
      for (let i = 0; i < 60 && delivered[name].filter((e) => match(e.data)).length < atLeast; i++) await sleep(100)
      await sleep(500) // anything extra would have arrived by now
      return delivered[name].filter((e) => match(e.data))
    }

    describe("order lifecycle: each event delivered three times records one entry and sends one notice", () => {
      it("placed, updated, fulfilled, shipped, delivered, captured, refunded, returned, claimed, exchanged, edited, completed", async () => {
        const email = `timeline-${Date.now()}@example.com`
        const order = await placeOrder(3, { email })
        const orderId = order.id

        // order.placed
        await redeliverTwice(OrderWorkflowEvents.PLACED, (d) => d.id === orderId)
        const placed = await entriesOf(orderId, "order.placed")
        expect(placed).toHaveLength(1)
        expect(placed[0]).toMatchObject({
          currency_code: order.currency_code,
          summary: expect.stringContaining("3 items"),
        })
        expect(Number(placed[0].amount)).toEqual(Number(order.total))
        const confirmation = await expectOneNotification("order_confirmation", `order.placed:${orderId}`, email)
        expect(confirmation.data.items_summary).toContain("3 ×")

        // order.updated: one entry per update run, whatever the redeliveries
        await afterEvent(getContainer(), OrderWorkflowEvents.UPDATED, () =>
          api.post(`/admin/orders/${orderId}`, { metadata: { note: "first" } }, admin.headers)
        )
        await redeliverTwice(OrderWorkflowEvents.UPDATED, (d) => d.id === orderId)
        expect(await entriesOf(orderId, "order.updated")).toHaveLength(1)
        await afterEvent(getContainer(), OrderWorkflowEvents.UPDATED, () =>
          api.post(`/admin/orders/${orderId}`, { metadata: { note: "second" } }, admin.headers)
        )
        expect(await entriesOf(orderId, "order.updated")).toHaveLength(2)

        // fulfillment, shipment with tracking, delivery
        const fulfillmentId = await fulfillAll(order)
        await redeliverTwice(OrderWorkflowEvents.FULFILLMENT_CREATED, (d) => d.fulfillment_id === fulfillmentId)
        const fulfilled = await entriesOf(orderId, "fulfillment.created")
        expect(fulfilled.map((e) => e.data.fulfillment_id)).toEqual([fulfillmentId])
        expect(fulfilled[0].actor).toEqual(admin.userId)

        const tracking = `TRK${Date.now()}`
        await afterEvent(getContainer(), FulfillmentWorkflowEvents.SHIPMENT_CREATED, () =>
          api.post(
            `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`,
            {
              items: order.items.map((i: any) => ({ id: i.id, quantity: Number(i.quantity) })),
              labels: [
                {
                  tracking_number: tracking,
                  tracking_url: `https://track.example/${tracking}`,
                  label_url: "https://label.example/1",
                },
              ],
            },
            admin.headers
          )
        )
        await redeliverTwice(FulfillmentWorkflowEvents.SHIPMENT_CREATED, (d) => d.id === fulfillmentId)
        const shipped = await entriesOf(orderId, "shipment.created")
        expect(shipped).toHaveLength(1)
        expect(shipped[0].summary).toContain(tracking)
        const shippedNotice = await expectOneNotification("order_shipped", `shipment.created:${fulfillmentId}`, email)
        expect(shippedNotice.data.tracking_numbers).toEqual(tracking)
        expect(shippedNotice.data.body).toContain(`https://track.example/${tracking}`)

        await afterEvent(getContainer(), FulfillmentWorkflowEvents.DELIVERY_CREATED, () =>
          api.post(`/admin/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`, {}, admin.headers)
        )
        await redeliverTwice(FulfillmentWorkflowEvents.DELIVERY_CREATED, (d) => d.id === fulfillmentId)
        expect(await entriesOf(orderId, "delivery.created")).toHaveLength(1)
        await expectOneNotification("order_delivered", `delivery.created:${fulfillmentId}`, email)

        // payment captured, then two refunds (one entry and one notice each)
        const payment = order.payment_collections[0].payments[0]
        await afterEvent(getContainer(), PaymentEvents.CAPTURED, () =>
          api.post(`/admin/payments/${payment.id}/capture`, {}, admin.headers)
        )
        await redeliverTwice(PaymentEvents.CAPTURED, (d) => d.id === payment.id)
        const captured = await entriesOf(orderId, "payment.captured")
        expect(captured).toHaveLength(1)
        expect(Number(captured[0].amount)).toEqual(Number(payment.amount))

        for (const amount of [5, 2]) {
          await afterEvent(getContainer(), PaymentEvents.REFUNDED, () =>
            api.post(`/admin/payments/${payment.id}/refund`, { amount }, admin.headers)
          )
          await redeliverTwice(PaymentEvents.REFUNDED, (d) => d.id === payment.id)
        }
        const refunds = await entriesOf(orderId, "payment.refunded")
        expect(refunds.map((e) => Number(e.amount)).sort()).toEqual([2, 5])
        for (const refund of refunds) {
          const notice = await expectOneNotification(
            "refund_issued",
            `payment.refunded:${refund.data.refund_id}`,
            email
          )
          expect(notice.data.refund_amount).toEqual(
            new Intl.NumberFormat("en", { style: "currency", currency: order.currency_code.toUpperCase() }).format(
              Number(refund.amount)
            )
          )
        }

        // return requested and received (one unit)
        const item = order.items[0]
        const { data: located } = await query().graph({
          entity: "fulfillment",
          fields: ["location_id"],
          filters: { id: fulfillmentId },
        })
        const { data: created } = await api.post(
          "/admin/returns",
          { order_id: orderId, location_id: (located[0] as any).location_id },
          admin.headers
        )
        const returnId = created.return.id
        await api.post(
          `/admin/returns/${returnId}/request-items`,
          { items: [{ id: item.id, quantity: 1 }] },
          admin.headers
        )
        await afterEvent(getContainer(), OrderWorkflowEvents.RETURN_REQUESTED, () =>
          api.post(`/admin/returns/${returnId}/request`, {}, admin.headers)
        )
        await redeliverTwice(OrderWorkflowEvents.RETURN_REQUESTED, (d) => d.return_id === returnId)
        expect((await entriesOf(orderId, "return.requested")).map((e) => e.data.return_id)).toEqual([returnId])

        await api.post(`/admin/returns/${returnId}/receive`, {}, admin.headers)
        await api.post(
          `/admin/returns/${returnId}/receive-items`,
          { items: [{ id: item.id, quantity: 1 }] },
          admin.headers
        )
        await afterEvent(getContainer(), OrderWorkflowEvents.RETURN_RECEIVED, () =>
          api.post(`/admin/returns/${returnId}/receive/confirm`, {}, admin.headers)
        )
        await redeliverTwice(OrderWorkflowEvents.RETURN_RECEIVED, (d) => d.return_id === returnId)
        expect((await entriesOf(orderId, "return.received")).map((e) => e.data.return_id)).toEqual([returnId])

        // claim (refund type) for one unit
        const { data: claimCreated } = await api.post(
          "/admin/claims",
          { order_id: orderId, type: "refund" },
          admin.headers
        )
        const claimId = claimCreated.claim.id
        await api.post(
          `/admin/claims/${claimId}/claim-items`,
          { items: [{ id: item.id, quantity: 1, reason: "production_failure" }] },
          admin.headers
        )
        await afterEvent(getContainer(), OrderWorkflowEvents.CLAIM_CREATED, () =>
          api.post(`/admin/claims/${claimId}/request`, {}, admin.headers)
        )
        await redeliverTwice(OrderWorkflowEvents.CLAIM_CREATED, (d) => d.claim_id === claimId)
        expect((await entriesOf(orderId, "claim.created")).map((e) => e.data.claim_id)).toEqual([claimId])

        // exchange one unit for another variant
        const { data: exchangeCreated } = await api.post("/admin/exchanges", { order_id: orderId }, admin.headers)
        const exchangeId = exchangeCreated.exchange.id
        await api.post(
          `/admin/exchanges/${exchangeId}/inbound/items`,
          { items: [{ id: item.id, quantity: 1 }] },
          admin.headers
        )
        await api.post(
          `/admin/exchanges/${exchangeId}/outbound/items`,
          { items: [{ variant_id: variantIds[1], quantity: 1 }] },
          admin.headers
        )
        await afterEvent(getContainer(), OrderWorkflowEvents.EXCHANGE_CREATED, () =>
          api.post(`/admin/exchanges/${exchangeId}/request`, {}, admin.headers)
        )
        await redeliverTwice(OrderWorkflowEvents.EXCHANGE_CREATED, (d) => d.exchange_id === exchangeId)
        expect((await entriesOf(orderId, "exchange.created")).map((e) => e.data.exchange_id)).toEqual([exchangeId])

        // order edit: add one unit of another variant
        await api.post("/admin/order-edits", { order_id: orderId }, admin.headers)
        await api.post(
          `/admin/order-edits/${orderId}/items`,
          { items: [{ variant_id: variantIds[2], quantity: 1 }] },
          admin.headers
        )
        await api.post(`/admin/order-edits/${orderId}/request`, {}, admin.headers)
        await afterEvent(getContainer(), OrderEditWorkflowEvents.CONFIRMED, () =>
          api.post(`/admin/order-edits/${orderId}/confirm`, {}, admin.headers)
        )
        await redeliverTwice(OrderEditWorkflowEvents.CONFIRMED, (d) => d.order_id === orderId)
        const edits = await entriesOf(orderId, "order_edit.confirmed")
        expect(edits).toHaveLength(1)
        expect(edits[0]).toMatchObject({ actor: admin.userId })

        // completed
        await afterEvent(getContainer(), OrderWorkflowEvents.COMPLETED, () =>
          api.post(`/admin/orders/${orderId}/complete`, {}, admin.headers)
        )
        await redeliverTwice(OrderWorkflowEvents.COMPLETED, (d) => d.id === orderId)
        expect(await entriesOf(orderId, "order.completed")).toHaveLength(1)

        // The whole timeline: one entry per source, in order of occurrence, nothing else.
        const all = await timeline(orderId)
        expect(all.count).toEqual(all.timeline_entries.length)
        expect(all.timeline_entries.map((e) => e.kind).sort()).toEqual(
          [
            "order.placed",
            "order.updated",
            "order.updated",
            "fulfillment.created",
            "shipment.created",
            "delivery.created",
            "payment.captured",
            "payment.refunded",
            "payment.refunded",
            "return.requested",
            "return.received",
            "claim.created",
            "exchange.created",
            "order_edit.confirmed",
            "order.completed",
          ].sort()
        )
        const times = all.timeline_entries.map((e) => new Date(e.occurred_at).getTime())
        expect(times).toEqual([...times].sort((a, b) => a - b))
        // Only the notices above went out for this order: one per (template, source).
        const claims = await service().listOrderNotificationDeliveries({ order_id: orderId })
        expect(claims.map((c) => c.template_key).sort()).toEqual(
          ["order_confirmation", "order_shipped", "order_delivered", "refund_issued", "refund_issued"].sort()
        )
      })

      it("fulfillment canceled and order canceled, each three times", async () => {
        const email = `cancel-${Date.now()}@example.com`
        const order = await placeOrder(1, { email })
        const fulfillmentId = await fulfillAll(order)
        await afterEvent(getContainer(), OrderWorkflowEvents.FULFILLMENT_CANCELED, () =>
          api.post(`/admin/orders/${order.id}/fulfillments/${fulfillmentId}/cancel`, {}, admin.headers)
        )
        await redeliverTwice(OrderWorkflowEvents.FULFILLMENT_CANCELED, (d) => d.fulfillment_id === fulfillmentId)
        expect((await entriesOf(order.id, "fulfillment.canceled")).map((e) => e.data.fulfillment_id)).toEqual([
          fulfillmentId,
        ])

        await afterEvent(getContainer(), OrderWorkflowEvents.CANCELED, () =>
          api.post(`/admin/orders/${order.id}/cancel`, {}, admin.headers)
        )
        await redeliverTwice(OrderWorkflowEvents.CANCELED, (d) => d.id === order.id)
        expect(await entriesOf(order.id, "order.canceled")).toHaveLength(1)
        await expectOneNotification("order_canceled", `order.canceled:${order.id}`, email)
      })
    })

    describe("payment webhook results Medusa ignores", () => {
      it("a failed payment before the order: one attempt, one event, one notice with a retry link; the order then shows it", async () => {
        const email = `failed-${Date.now()}@example.com`
        const { cartId, collectionId, session } = await cartWithTestProvider(email)
        await postWebhook(
          { session_id: session.id, action: "failed", amount: "12.5", error_message: "card_declined" },
          3
        )

        const attempts = await service().listPaymentAttempts({ payment_session_id: session.id })
        expect(attempts).toHaveLength(1)
        expect(attempts[0]).toMatchObject({
          status: "failed",
          provider_id: TEST_PROVIDER,
          cart_id: cartId,
          payment_collection_id: collectionId,
          order_id: null,
          currency_code: store.regions.eu.currency_code,
          error_message: "card_declined",
        })
        expect(Number(attempts[0].amount)).toEqual(12.5)

        const events = await waitForDeliveries(PaymentAttemptEvents.FAILED, (d) => d.id === attempts[0].id, 1)
        expect(events.map((e) => e.data)).toEqual([
          {
            id: attempts[0].id,
            order_id: null,
            cart_id: cartId,
            payment_collection_id: collectionId,
            provider_id: TEST_PROVIDER,
            status: "failed",
            amount: "12.5",
            currency_code: store.regions.eu.currency_code,
          },
        ])
        const notice = await expectOneNotification("payment_failed", `payment.failed:${attempts[0].id}`, email)
        expect(notice.data.retry_url).toEqual(`${STORE_URL}/checkout?cart_id=${cartId}`)
        expect(notice.data.body).toContain(`${STORE_URL}/checkout?cart_id=${cartId}`)

        // The customer retries and the cart becomes an order: the attempt joins its timeline.
        const { data } = await afterEvent<any>(getContainer(), OrderWorkflowEvents.PLACED, () =>
          api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
        )
        expect(data.type).toEqual("order")
        const [linked] = await service().listPaymentAttempts({ id: attempts[0].id })
        expect(linked.order_id).toEqual(data.order.id)
        const failed = await entriesOf(data.order.id, "payment.failed")
        expect(failed).toHaveLength(1)
        expect(failed[0].summary).toContain("card_declined")
      })

      it("a failed payment on a placed order: attempt on the order, timeline entry, notice, one event for three posts", async () => {
        const email = `failed-order-${Date.now()}@example.com`
        const { cartId, session } = await cartWithTestProvider(email)
        const { data } = await afterEvent<any>(getContainer(), OrderWorkflowEvents.PLACED, () =>
          api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
        )
        const orderId = data.order.id
        await postWebhook({ session_id: session.id, action: "failed" }, 3)

        const attempts = await service().listPaymentAttempts({ payment_session_id: session.id })
        expect(attempts.map((a) => [a.status, a.order_id, a.cart_id])).toEqual([["failed", orderId, cartId]])
        // No amount in the webhook: the session's amount.
        expect(Number(attempts[0].amount)).toEqual(Number(session.amount))
        const events = await waitForDeliveries(PaymentAttemptEvents.FAILED, (d) => d.id === attempts[0].id, 1)
        expect(events).toHaveLength(1)
        expect(events[0].data.order_id).toEqual(orderId)
        expect(await entriesOf(orderId, "payment.failed")).toHaveLength(1)
        await expectOneNotification("payment_failed", `payment.failed:${attempts[0].id}`, email)

        // canceled and requires_more are recorded (and emitted) too, without a customer notice.
        await postWebhook({ session_id: session.id, action: "canceled" }, 2)
        await postWebhook({ session_id: session.id, action: "requires_more" }, 1)
        const all = await service().listPaymentAttempts(
          { payment_session_id: session.id },
          { order: { status: "ASC" } }
        )
        expect(all.map((a) => a.status).sort()).toEqual(["canceled", "failed", "requires_more"])
        const canceled = all.find((a) => a.status === "canceled")!
        expect(await waitForDeliveries(PaymentAttemptEvents.CANCELED, (d) => d.id === canceled.id, 1)).toHaveLength(1)
        expect(await entriesOf(orderId, "payment.canceled")).toHaveLength(1)
        expect(await entriesOf(orderId, "payment.requires_more")).toHaveLength(1)
        const notices = await service().listOrderNotificationDeliveries({
          order_id: orderId,
          template_key: "payment_failed",
        })
        expect(notices).toHaveLength(1)
      })

      it("records nothing for an unsigned webhook, another secret, or an unknown session", async () => {
        const { session } = await cartWithTestProvider(`unsigned-${Date.now()}@example.com`)
        const raw = JSON.stringify({ session_id: session.id, action: "failed" })
        await afterEvents(PaymentWebhookEvents.WebhookReceived, 3, () =>
          Promise.all([
            api.post(WEBHOOK_URL, raw, { headers: { "content-type": "application/json" } }),
            webhook({ session_id: session.id, action: "failed" }, "wrong-secret"),
            webhook({ session_id: "payses_does_not_exist", action: "failed" }),
          ])
        )
        expect(await service().listPaymentAttempts({ payment_session_id: session.id })).toEqual([])
        expect(await service().listPaymentAttempts({ payment_session_id: "payses_does_not_exist" })).toEqual([])
      })
    })

    describe("notification templates", () => {
      it("lists the six templates with defaults and their variables", async () => {
        const { data } = await api.get("/admin/notification-templates", admin.headers)
        expect(data.count).toEqual(6)
        const shipped = data.notification_templates.find((t: any) => t.key === "order_shipped")
        expect(shipped).toMatchObject({
          channel: "email",
          enabled: true,
          subject: DEFAULT_TEMPLATES.order_shipped.subject,
        })
        expect(Object.keys(shipped.variables)).toEqual(expect.arrayContaining(["tracking_numbers", "tracking_links"]))
      })

      it("rejects unknown variables and malformed braces with a 400 listing the problems, writing nothing", async () => {
        const before = await service().listNotificationTemplates({ key: "order_delivered" })
        const bad = await api
          .post(
            "/admin/notification-templates/order_delivered",
            { subject: "Delivered {{order_display_id", body: "Hi {{customer_name}} {{tracking_numbers}} }}" },
            admin.headers
          )
          .catch((e: any) => e.response)
        expect(bad.status).toEqual(400)
        expect(bad.data.message).toContain("3 problems")
        expect(bad.data.message).toContain("never closed")
        expect(bad.data.message).toContain('unknown variable "tracking_numbers"')
        expect(bad.data.message).toContain("no matching")

        const malformedBody = await api
          .post("/admin/notification-templates/order_delivered", { subject: "x", extra: 1 }, admin.headers)
          .catch((e: any) => e.response)
        expect(malformedBody.status).toEqual(400)
        const empty = await api
          .post("/admin/notification-templates/order_delivered", {}, admin.headers)
          .catch((e: any) => e.response)
        expect(empty.status).toEqual(400)
        const unknownKey = await api
          .post("/admin/notification-templates/no_such_template", { subject: "x" }, admin.headers)
          .catch((e: any) => e.response)
        expect(unknownKey.status).toEqual(404)

        const after = await service().listNotificationTemplates({ key: "order_delivered" })
        expect(after.map((t) => [t.subject, t.body, String(t.updated_at)])).toEqual(
          before.map((t) => [t.subject, t.body, String(t.updated_at)])
        )
      })

      it("saves a valid edit, previews it with a real order and a sample, and sends the edited text", async () => {
        const { data: saved } = await api.post(
          "/admin/notification-templates/order_confirmation",
          {
            subject: "Thanks {{ customer_name }}! #{{order_display_id}}",
            body: "Total {{order_total}}\n{{items_summary}}",
          },
          admin.headers
        )
        expect(saved.notification_template).toMatchObject({
          key: "order_confirmation",
          subject: "Thanks {{ customer_name }}! #{{order_display_id}}",
          updated_by: admin.userId,
        })

        const { data: sample } = await api.post(
          "/admin/notification-templates/order_confirmation/preview",
          {},
          admin.headers
        )
        expect(sample.preview).toMatchObject({ sample: true, subject: "Thanks Jane! #1001" })

        const email = `preview-${Date.now()}@example.com`
        const order = await placeOrder(2, { email })
        const { data: display } = await query().graph({
          entity: "order",
          fields: ["display_id"],
          filters: { id: order.id },
        })
        const total = new Intl.NumberFormat("en", {
          style: "currency",
          currency: order.currency_code.toUpperCase(),
        }).format(Number(order.total))
        const { data: real } = await api.post(
          "/admin/notification-templates/order_confirmation/preview",
          { order_id: order.id },
          admin.headers
        )
        expect(real.preview.subject).toEqual(`Thanks Test! #${(display[0] as any).display_id}`)
        expect(real.preview.body).toContain(`Total ${total}`)
        expect(real.preview.body).toContain("2 ×")

        // The order placed after the edit got the edited text.
        const notice = await expectOneNotification("order_confirmation", `order.placed:${order.id}`, email)
        expect(notice.data.subject).toEqual(real.preview.subject)

        const draft = await api
          .post("/admin/notification-templates/order_confirmation/preview", { body: "{{retry_url}}" }, admin.headers)
          .catch((e: any) => e.response)
        expect(draft.status).toEqual(400)
        expect(draft.data.message).toContain('unknown variable "retry_url"')
        const missing = await api
          .post(
            "/admin/notification-templates/order_confirmation/preview",
            { order_id: "order_missing" },
            admin.headers
          )
          .catch((e: any) => e.response)
        expect(missing.status).toEqual(404)

        await api.post(
          "/admin/notification-templates/order_confirmation",
          DEFAULT_TEMPLATES.order_confirmation,
          admin.headers
        )
      })

      it("a disabled template sends nothing", async () => {
        await api.post("/admin/notification-templates/order_canceled", { enabled: false }, admin.headers)
        const order = await placeOrder(1)
        await afterEvent(getContainer(), OrderWorkflowEvents.CANCELED, () =>
          api.post(`/admin/orders/${order.id}/cancel`, {}, admin.headers)
        )
        expect(await entriesOf(order.id, "order.canceled")).toHaveLength(1)
        expect(await claimsOf("order_canceled", `order.canceled:${order.id}`)).toEqual([])
        expect(await medusaNotificationsOf("order_canceled", `order.canceled:${order.id}`)).toEqual([])
        await api.post("/admin/notification-templates/order_canceled", { enabled: true }, admin.headers)
      })
    })

    describe("timeline route and auth", () => {
      it("404 for an unknown order, 400 for a bad query", async () => {
        const missing = await api
          .get("/admin/orders/order_missing/timeline", admin.headers)
          .catch((e: any) => e.response)
        expect(missing.status).toEqual(404)
        const order = await placeOrder(1)
        const bad = await api
          .get(`/admin/orders/${order.id}/timeline?limit=100000`, admin.headers)
          .catch((e: any) => e.response)
        expect(bad.status).toEqual(400)
        const { data } = await api.get(`/admin/orders/${order.id}/timeline?limit=1`, admin.headers)
        expect([data.count, data.timeline_entries.length]).toEqual([1, 1])
      })

      it("admin routes refuse anonymous and customer callers", async () => {
        const order = await placeOrder(1)
        const calls = [
          () => api.get(`/admin/orders/${order.id}/timeline`),
          () => api.get(`/admin/orders/${order.id}/timeline`, customer.headers),
          () => api.get("/admin/notification-templates"),
          () => api.get("/admin/notification-templates", customer.headers),
          () => api.post("/admin/notification-templates/order_shipped", { subject: "x" }, customer.headers),
          () => api.post("/admin/notification-templates/order_shipped/preview", {}),
        ]
        for (const call of calls) {
          const res = await call().catch((e: any) => e.response)
          expect(res.status).toEqual(401)
        }
        const [template] = await service().listNotificationTemplates({ key: "order_shipped" })
        expect(template.subject).toEqual(DEFAULT_TEMPLATES.order_shipped.subject)
      })
    })
  },
})
