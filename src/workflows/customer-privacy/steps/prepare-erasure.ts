import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PRIVACY_MODULE } from "../../../modules/customer-privacy"
import type CustomerPrivacyModuleService from "../../../modules/customer-privacy/service"
import { erasedEmail } from "../../../modules/customer-privacy/types"

export type PrepareErasureInput = { customer_id: string; confirm: string; actor_id: string | null }

export type ErasureTarget = {
  request_id: string
  customer_id: string
  /** The address the customer had (or the erased one when re-run after a failure). */
  email: string
  erased_email: string
  /** Every phone number on the profile and its addresses. */
  phones: string[]
  /** Names, companies and street lines of the profile and of every address (saved, order, cart). */
  words: string[]
}

const ADDRESS_WORDS = ["first_name", "last_name", "company", "address_1", "address_2"]

/**
 * Checks the confirmation (the customer's current e-mail, case-insensitive)
 * before anything is written, and opens the privacy request. Re-running an
 * interrupted erasure is allowed: the customer's e-mail is then already the
 * erased one, which is what must be typed. Compensation marks the request failed.
 */
export const prepareErasureStep = createStep(
  "customer-privacy-prepare-erasure",
  async (input: PrepareErasureInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [customer],
    } = await query.graph({
      entity: "customer",
      fields: [
        "id",
        "email",
        "phone",
        "first_name",
        "last_name",
        "company_name",
        "addresses.phone",
        ...ADDRESS_WORDS.map((f) => `addresses.${f}`),
      ],
      filters: { id: input.customer_id },
    })
    if (!customer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${input.customer_id} was not found`)
    }
    const email = String(customer.email ?? "")
    if (!email || input.confirm.trim().toLowerCase() !== email.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Confirmation does not match: type the customer's e-mail address exactly to erase their data"
      )
    }
    const phones = [customer.phone, ...(customer.addresses ?? []).map((a: any) => a?.phone)].filter(
      (p): p is string => typeof p === "string" && p.trim().length > 0
    )
    const addressFields = ["phone", ...ADDRESS_WORDS].flatMap((f) => [`shipping_address.${f}`, `billing_address.${f}`])
    const [{ data: orders }, { data: carts }] = await Promise.all([
      query.graph({ entity: "order", fields: ["id", ...addressFields], filters: { customer_id: input.customer_id } }),
      query.graph({ entity: "cart", fields: ["id", ...addressFields], filters: { customer_id: input.customer_id } }),
    ])
    const addresses = [
      ...(customer.addresses ?? []),
      ...[...orders, ...carts].flatMap((o: any) => [o.shipping_address, o.billing_address]),
    ].filter(Boolean)
    addresses.forEach((a: any) => a.phone && phones.push(a.phone))
    const words = [
      customer.first_name,
      customer.last_name,
      customer.company_name,
      ...addresses.flatMap((a: any) => ADDRESS_WORDS.map((f) => a[f])),
    ].filter((w): w is string => typeof w === "string" && w.trim().length > 0)
    const service: CustomerPrivacyModuleService = container.resolve(CUSTOMER_PRIVACY_MODULE)
    const request = await service.createPrivacyRequests({
      customer_id: input.customer_id,
      type: "erasure",
      requested_by_type: "admin",
      requested_by_id: input.actor_id,
      status: "pending",
    })
    return new StepResponse<ErasureTarget, string>(
      {
        request_id: request.id,
        customer_id: input.customer_id,
        email,
        erased_email: erasedEmail(input.customer_id),
        phones: [...new Set(phones)],
        words: [...new Set(words)],
      },
      request.id
    )
  },
  async (requestId, { container }) => {
    if (!requestId) return
    const service: CustomerPrivacyModuleService = container.resolve(CUSTOMER_PRIVACY_MODULE)
    await service.updatePrivacyRequests({ id: requestId, status: "failed", completed_at: new Date() })
  }
)
