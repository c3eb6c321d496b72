type Headers = { headers: Record<string, string> }

export type CheckoutInput = {
  regionId: string
  variantId: string
  quantity?: number
  email?: string
  countryCode?: string
  /** Logged-in customer headers; a guest checkout when omitted. */
  customerHeaders?: Headers
}

/** Creates a cart with one line, an address and the cheapest shipping option. */
export async function prepareCart(api: any, storeHeaders: Headers, input: CheckoutInput) {
  const headers = input.customerHeaders ?? storeHeaders
  const address = {
    first_name: "Test",
    last_name: "Buyer",
    address_1: "1 Test Street",
    city: "Berlin",
    country_code: input.countryCode ?? "de",
    postal_code: "10115",
  }
  const { data: created } = await api.post(
    "/store/carts",
    {
      region_id: input.regionId,
      email: input.email ?? "guest@example.com",
      shipping_address: address,
      billing_address: address,
      items: [{ variant_id: input.variantId, quantity: input.quantity ?? 1 }],
    },
    headers
  )
  const cartId: string = created.cart.id
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
  const cheapest = [...options.shipping_options].sort((a: any, b: any) => a.amount - b.amount)[0]
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: cheapest.id }, headers)
  return cartId
}

/** Pays with Medusa's system provider and completes the cart. */
export async function payAndComplete(api: any, storeHeaders: Headers, cartId: string, customerHeaders?: Headers) {
  const headers = customerHeaders ?? storeHeaders
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    headers
  )
  return api.post(`/store/carts/${cartId}/complete`, {}, headers)
}

/** A full Store API checkout: cart -> shipping -> payment -> order. */
export async function checkout(api: any, storeHeaders: Headers, input: CheckoutInput) {
  const cartId = await prepareCart(api, storeHeaders, input)
  const { data } = await payAndComplete(api, storeHeaders, cartId, input.customerHeaders)
  return { cartId, ...data }
}
