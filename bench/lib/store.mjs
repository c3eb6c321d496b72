// Store API flows for benchmarks: the checkout of
// integration-tests/helpers/checkout.ts, in plain JS over `request`
// (see client() in http.mjs).

const ADDRESS = {
  first_name: "Bench",
  last_name: "Buyer",
  address_1: "1 Test Street",
  city: "Berlin",
  country_code: "de",
  postal_code: "10115",
}

/** Creates a cart with one line and an address. */
export async function createCart(request, { regionId, variantId, quantity = 1, email = "guest@example.com" }) {
  const { cart } = await request("/store/carts", {
    body: {
      region_id: regionId,
      email,
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
      items: [{ variant_id: variantId, quantity }],
    },
  })
  return cart.id
}

/** Adds the cheapest shipping option to the cart. */
export async function addCheapestShipping(request, cartId) {
  const { shipping_options } = await request(`/store/shipping-options?cart_id=${cartId}`)
  const cheapest = [...shipping_options].sort((a, b) => a.amount - b.amount)[0]
  if (!cheapest) throw new Error(`no shipping option for cart ${cartId}`)
  await request(`/store/carts/${cartId}/shipping-methods`, { body: { option_id: cheapest.id } })
}

/** Pays with Medusa's system provider and completes the cart; returns the order. */
export async function payAndComplete(request, cartId) {
  const { payment_collection } = await request("/store/payment-collections", { body: { cart_id: cartId } })
  await request(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    body: { provider_id: "pp_system_default" },
  })
  const completed = await request(`/store/carts/${cartId}/complete`, { body: {} })
  if (completed.type !== "order") throw new Error(`cart ${cartId} not completed: ${JSON.stringify(completed.error)}`)
  return completed.order
}

/** A region of the demo store by currency (eur: Europe, usd: North America). */
export async function regionFor(query, currencyCode = "eur") {
  const [region] = await query(
    "SELECT id FROM region WHERE currency_code = $1 AND deleted_at IS NULL ORDER BY created_at LIMIT 1",
    [currencyCode]
  )
  if (!region) throw new Error(`no ${currencyCode} region: is the demo store seeded?`)
  return region.id
}
