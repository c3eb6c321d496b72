import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  completeCartWorkflow,
  completeOrderWorkflow,
  createCartWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import { createRandom, type Random } from "./random"

export type DemoOrderState =
  | "pending" // payment authorized, not captured
  | "captured" // paid, not fulfilled yet
  | "fulfilled" // paid, shipped
  | "completed" // paid, delivered, order completed
  | "canceled"
  | "refunded" // paid, then refunded in full
  | "partially_refunded"

type SeedRegion = {
  key: string
  id: string
  name: string
  currency_code: string
  countries: readonly string[]
  location_id: string
}

type SeedCustomer = { first_name: string; last_name: string; email: string; country_code: string; city: string }

export type SeedOrdersInput = {
  count: number
  days: number
  variantIds: string[]
  salesChannelId: string
  regions: SeedRegion[]
  customers: SeedCustomer[]
  /** Orders created at once (default 2). */
  concurrency?: number
  log: (message: string) => void
}

/**
 * The state an order of a given age ends in. Old orders are mostly complete;
 * recent ones are still being paid or fulfilled, as in a real store.
 */
export function chooseOrderState(random: Random, ageDays: number): DemoOrderState {
  const r = random.next()
  if (r < 0.1) return "canceled"
  if (r < 0.14) return "refunded"
  if (r < 0.18) return "partially_refunded"
  if (ageDays < 2) return r < 0.6 ? "pending" : "captured"
  if (ageDays < 5) return r < 0.3 ? "pending" : r < 0.6 ? "captured" : "fulfilled"
  if (ageDays < 10) return r < 0.3 ? "fulfilled" : "completed"
  return "completed"
}

/** Seeds `count` historical orders through Medusa's cart and order workflows. */
export async function seedDemoOrders(container: MedusaContainer, input: SeedOrdersInput) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const customerService = container.resolve(Modules.CUSTOMER)

  const { data: existing } = await query.graph({
    entity: "order",
    fields: ["id", "metadata"],
    filters: {},
  })
  const already = existing.filter((o) => o.metadata?.demo_seed).length
  if (already >= input.count) return { created: 0, total: already }

  const options = await fulfillmentService.listShippingOptions({}, { relations: ["service_zone"], take: null })
  const shippingOptionFor = (region: SeedRegion, express: boolean) =>
    options.find((o) => o.service_zone?.name === region.name && o.name.startsWith(express ? "Express" : "Standard"))!.id
  const customers = await customerService.listCustomers({ email: input.customers.map((c) => c.email) })
  const customerId = new Map(customers.map((c) => [c.email, c.id]))

  const now = Date.now()
  const started = Date.now()
  let created = 0
  let next = already
  // Orders are independent: a few in flight overlap their database round trips.
  const worker = async () => {
    while (next < input.count) {
      await seedOne(next++)
    }
  }
  const seedOne = async (i: number) => {
    // One PRNG per order index: a resumed seed creates the same orders.
    const random = createRandom(7919 * (i + 1))
    const region = random.chance(0.6) ? input.regions[0] : input.regions[1]
    const locals = input.customers.filter((c) => region.countries.includes(c.country_code))
    const registered = locals.length > 0 && random.chance(0.7) ? random.pick(locals) : null
    const country_code = registered?.country_code ?? random.pick(region.countries)
    const email = registered?.email ?? `guest${i + 1}@example.com`
    const address = {
      first_name: registered?.first_name ?? "Guest",
      last_name: registered?.last_name ?? `Shopper ${i + 1}`,
      address_1: `${random.int(1, 200)} Market Street`,
      city: registered?.city ?? "Springfield",
      country_code,
      postal_code: String(random.int(10000, 99999)),
    }
    const lineCount = random.int(1, 3)
    const variantIds = new Set<string>()
    while (variantIds.size < lineCount) variantIds.add(random.pick(input.variantIds))
    // Ages skew recent: more orders in the last weeks than 90 days ago.
    const ageDays = Math.pow(random.next(), 1.4) * input.days
    const placedAt = new Date(now - ageDays * 86_400_000)
    const state = chooseOrderState(random, ageDays)

    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: region.id,
        sales_channel_id: input.salesChannelId,
        currency_code: region.currency_code,
        email,
        customer_id: registered ? customerId.get(registered.email) : undefined,
        shipping_address: address,
        billing_address: address,
        items: [...variantIds].map((variant_id) => ({ variant_id, quantity: random.int(1, 2) })),
        metadata: { demo_seed: true },
      },
    })
    await addShippingMethodToCartWorkflow(container).run({
      input: { cart_id: cart.id, options: [{ id: shippingOptionFor(region, random.chance(0.2)) }] },
    })
    const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
      input: { cart_id: cart.id },
    })
    await createPaymentSessionsWorkflow(container).run({
      input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
    })
    const { result: placed } = await completeCartWorkflow(container).run({ input: { id: cart.id } })

    const orderId = placed.id

    await advanceOrder(container, orderId, state, region.location_id, random)
    await backdateOrder(container, orderId, placedAt)
    created++
    if (created % 20 === 0 || already + created === input.count) {
      const rate = created / ((Date.now() - started) / 1000)
      input.log(`  orders ${already + created}/${input.count} (${rate.toFixed(1)}/s)`)
    }
  }
  await Promise.all(Array.from({ length: input.concurrency ?? 2 }, worker))
  return { created, total: input.count }
}

async function advanceOrder(
  container: MedusaContainer,
  orderId: string,
  state: DemoOrderState,
  locationId: string,
  random: Random
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "items.*", "payment_collections.payments.id", "payment_collections.payments.amount"],
    filters: { id: orderId },
  })
  const payment = order.payment_collections![0]!.payments![0]!

  if (state === "canceled") {
    await cancelOrderWorkflow(container).run({ input: { order_id: orderId, canceled_by: "demo-seed" } })
    return
  }
  if (state === "pending") return

  await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id, captured_by: "demo-seed" } })

  if (state === "refunded" || state === "partially_refunded") {
    const full = Number(payment.amount)
    const amount = state === "refunded" ? full : Math.round(full * random.int(20, 60)) / 100
    await refundPaymentWorkflow(container).run({
      input: { payment_id: payment.id, amount, created_by: "demo-seed", note: "Demo refund" },
    })
    if (state === "refunded") {
      await cancelOrderWorkflow(container).run({ input: { order_id: orderId, canceled_by: "demo-seed" } })
    }
    return
  }
  if (state === "captured") return

  const items = (order.items as { id: string; quantity: number }[]).map((item) => ({
    id: item.id,
    quantity: Number(item.quantity),
  }))
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
    input: { order_id: orderId, items, location_id: locationId, created_by: "demo-seed" },
  })
  await createOrderShipmentWorkflow(container).run({
    input: {
      order_id: orderId,
      fulfillment_id: fulfillment.id,
      items,
      labels: [
        {
          tracking_number: `TRK${random.int(100000, 999999)}`,
          tracking_url: "https://tracking.example.com",
          label_url: "https://tracking.example.com/label",
        },
      ],
    },
  })
  if (state === "fulfilled") return

  await markOrderFulfillmentAsDeliveredWorkflow(container).run({
    input: { orderId, fulfillmentId: fulfillment.id },
  })
  await completeOrderWorkflow(container).run({ input: { orderIds: [orderId] } })
}

/**
 * Medusa stamps everything "now"; demo history needs the past. Shift every
 * timestamp of one order's rows (order, items, shipping, payments, captures,
 * refunds, fulfillments, changes, reservations, cart) by the same interval, so
 * their order in time is kept.
 */
export async function backdateOrder(container: MedusaContainer, orderId: string, placedAt: Date) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.transaction(async (trx) => {
    const {
      rows: [row],
    } = await trx.raw(`SELECT extract(epoch FROM (?::timestamptz - created_at)) AS delta FROM "order" WHERE id = ?`, [
      placedAt.toISOString(),
      orderId,
    ])
    const delta = Number(row.delta)
    const shift = (columns: string[]) => columns.map((c) => `${c} = ${c} + make_interval(secs => :delta)`).join(", ")
    const std = ["created_at", "updated_at"]
    const statements: [string, string[]][] = [
      [`"order" WHERE id = :id`, [...std, "canceled_at"]],
      [`order_summary WHERE order_id = :id`, std],
      [`order_item WHERE order_id = :id`, std],
      [`order_line_item WHERE id IN (SELECT item_id FROM order_item WHERE order_id = :id)`, std],
      [`order_shipping WHERE order_id = :id`, std],
      [`order_shipping_method WHERE id IN (SELECT shipping_method_id FROM order_shipping WHERE order_id = :id)`, std],
      [`order_transaction WHERE order_id = :id`, std],
      [`order_change WHERE order_id = :id`, [...std, "confirmed_at", "requested_at", "canceled_at", "declined_at"]],
      [`order_change_action WHERE order_id = :id`, std],
      [
        `order_address WHERE id IN (SELECT shipping_address_id FROM "order" WHERE id = :id UNION SELECT billing_address_id FROM "order" WHERE id = :id)`,
        std,
      ],
      [`order_payment_collection WHERE order_id = :id`, std],
      [
        `payment_collection WHERE id IN (SELECT payment_collection_id FROM order_payment_collection WHERE order_id = :id)`,
        [...std, "completed_at"],
      ],
      [
        `payment_session WHERE payment_collection_id IN (SELECT payment_collection_id FROM order_payment_collection WHERE order_id = :id)`,
        [...std, "authorized_at"],
      ],
      [
        `payment WHERE payment_collection_id IN (SELECT payment_collection_id FROM order_payment_collection WHERE order_id = :id)`,
        [...std, "captured_at", "canceled_at"],
      ],
      [
        `capture WHERE payment_id IN (SELECT p.id FROM payment p JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id WHERE opc.order_id = :id)`,
        std,
      ],
      [
        `refund WHERE payment_id IN (SELECT p.id FROM payment p JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id WHERE opc.order_id = :id)`,
        std,
      ],
      [`order_fulfillment WHERE order_id = :id`, std],
      [
        `fulfillment WHERE id IN (SELECT fulfillment_id FROM order_fulfillment WHERE order_id = :id)`,
        [...std, "packed_at", "shipped_at", "delivered_at", "canceled_at"],
      ],
      [
        `fulfillment_item WHERE fulfillment_id IN (SELECT fulfillment_id FROM order_fulfillment WHERE order_id = :id)`,
        std,
      ],
      [`reservation_item WHERE line_item_id IN (SELECT item_id FROM order_item WHERE order_id = :id)`, std],
      [`order_cart WHERE order_id = :id`, std],
      [`cart WHERE id IN (SELECT cart_id FROM order_cart WHERE order_id = :id)`, [...std, "completed_at"]],
    ]
    for (const [target, columns] of statements) {
      const cut = target.indexOf(" WHERE ")
      const [table, where] = [target.slice(0, cut), target.slice(cut + 7)]
      await trx.raw(`UPDATE ${table} SET ${shift(columns)} WHERE ${where}`, { id: orderId, delta })
    }
  })
}
