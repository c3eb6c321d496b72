import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ErasureTarget } from "./prepare-erasure"

/**
 * Address fields that identify a person. Country and province stay on order
 * addresses: they decide the taxes charged and are kept for accounting.
 */
const PERSONAL_ADDRESS_FIELDS = {
  first_name: null,
  last_name: null,
  company: null,
  address_1: null,
  address_2: null,
  city: null,
  postal_code: null,
  phone: null,
  metadata: null,
}

/**
 * Medusa's own data of the customer:
 * - orders keep their lines, totals and payments (accounting) but get the
 *   erased e-mail, and their shipping/billing addresses lose every personal
 *   field (country and province kept);
 * - carts the same (e-mail and addresses);
 * - the customer keeps its id (the anonymised reference orders and ledgers
 *   point to) with the erased e-mail and no name, phone, company or
 *   metadata; its saved addresses are deleted;
 * - the auth identities that log in as this customer are deleted, so nobody
 *   can log in as them again.
 * Irreversible by design: no compensation. Safe to re-run.
 */
export const anonymiseMedusaDataStep = createStep(
  "customer-privacy-anonymise-medusa-data",
  async (target: ErasureTarget, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const summary: Record<string, number> = {}

    const orderModule = container.resolve(Modules.ORDER)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "shipping_address.id", "billing_address.id"],
      filters: { customer_id: target.customer_id },
    })
    const orderAddressIds = new Set<string>()
    for (const o of orders as any[]) {
      if (o.shipping_address?.id) orderAddressIds.add(o.shipping_address.id)
      if (o.billing_address?.id) orderAddressIds.add(o.billing_address.id)
    }
    if (orders.length) {
      await orderModule.updateOrders((orders as any[]).map((o) => ({ id: o.id, email: target.erased_email })))
    }
    if (orderAddressIds.size) {
      await orderModule.updateOrderAddresses([...orderAddressIds].map((id) => ({ id, ...PERSONAL_ADDRESS_FIELDS })))
    }
    summary.orders = orders.length
    summary.order_addresses = orderAddressIds.size

    const cartModule = container.resolve(Modules.CART)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "shipping_address.id", "billing_address.id"],
      filters: { customer_id: target.customer_id },
    })
    const cartAddressIds = new Set<string>()
    for (const c of carts as any[]) {
      if (c.shipping_address?.id) cartAddressIds.add(c.shipping_address.id)
      if (c.billing_address?.id) cartAddressIds.add(c.billing_address.id)
    }
    if (carts.length) {
      await cartModule.updateCarts((carts as any[]).map((c) => ({ id: c.id, email: target.erased_email })))
    }
    if (cartAddressIds.size) {
      await cartModule.updateAddresses([...cartAddressIds].map((id) => ({ id, ...PERSONAL_ADDRESS_FIELDS })) as any)
    }
    summary.carts = carts.length

    const customerModule = container.resolve(Modules.CUSTOMER)
    const addresses = await customerModule.listCustomerAddresses({ customer_id: target.customer_id }, { select: ["id"] })
    if (addresses.length) await customerModule.deleteCustomerAddresses(addresses.map((a) => a.id))
    summary.customer_addresses = addresses.length
    await customerModule.updateCustomers(target.customer_id, {
      email: target.erased_email,
      first_name: null,
      last_name: null,
      phone: null,
      company_name: null,
      metadata: null,
    } as any)

    // Auth identities: those whose app_metadata names this customer, found
    // through their provider identities (e-mail and password: entity_id is the e-mail).
    const authModule = container.resolve(Modules.AUTH)
    const providerIdentities = await authModule.listProviderIdentities(
      { entity_id: [...new Set([target.email, target.email.toLowerCase()])] } as any,
      { relations: ["auth_identity"] }
    )
    const authIds = new Set<string>()
    for (const pi of providerIdentities as any[]) {
      const customerId = pi.auth_identity?.app_metadata?.customer_id
      if (customerId === target.customer_id || !customerId) authIds.add(pi.auth_identity_id ?? pi.auth_identity?.id)
    }
    authIds.delete(undefined as any)
    if (authIds.size) await authModule.deleteAuthIdentities([...authIds])
    summary.auth_identities = authIds.size

    return new StepResponse(summary)
  }
)
