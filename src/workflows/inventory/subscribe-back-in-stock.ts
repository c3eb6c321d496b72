import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import crypto from "node:crypto"
import { INVENTORY_ALERT_MODULE } from "../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../modules/inventory-alert/service"

export const subscribeBackInStockWorkflowId = "inventory-subscribe-back-in-stock"

export type SubscribeBackInStockInput = {
  variant_id: string
  sales_channel_id: string
  email: string
  customer_id: string | null
}

export const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex")

const validateSubscriptionStep = createStep(
  "inventory-validate-back-in-stock",
  async (input: SubscribeBackInStockInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["id", "manage_inventory", "allow_backorder", "product.status", "product.sales_channels.id"],
      filters: { id: input.variant_id },
    })
    const variant = variants[0]
    const inChannel = (variant?.product?.sales_channels ?? []).some((c: any) => c?.id === input.sales_channel_id)
    if (!variant || variant.product?.status !== "published" || !inChannel) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${input.variant_id} was not found`)
    }
    if (!variant.manage_inventory || variant.allow_backorder) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "This variant can always be ordered: there is nothing to wait for"
      )
    }
    const availability = await getVariantAvailability(query, {
      variant_ids: [variant.id],
      sales_channel_id: input.sales_channel_id,
    })
    if ((availability[variant.id]?.availability ?? 0) > 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This variant is in stock: it can be ordered now")
    }
    return new StepResponse(true)
  }
)

const createSubscriptionStep = createStep(
  "inventory-create-back-in-stock-subscription",
  async (input: SubscribeBackInStockInput, { container }) => {
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    const token = crypto.randomBytes(24).toString("base64url")
    const [existing] = await service.listBackInStockSubscriptions({
      variant_id: input.variant_id,
      sales_channel_id: input.sales_channel_id,
      email: input.email,
      status: "waiting",
    })
    if (existing) {
      // Subscribing twice is one subscription; the new token replaces the old one.
      const updated = await service.updateBackInStockSubscriptions({
        id: existing.id,
        token_hash: hashToken(token),
        customer_id: existing.customer_id ?? input.customer_id,
      })
      return new StepResponse({ subscription: updated, token, created: false }, null)
    }
    const created = await service.createBackInStockSubscriptions({ ...input, token_hash: hashToken(token) })
    return new StepResponse({ subscription: created, token, created: true }, created.id)
  },
  async (id: string | null | undefined, { container }) => {
    if (!id) return
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    await service.deleteBackInStockSubscriptions(id)
  }
)

/**
 * A shopper asks to hear when an out-of-stock variant is back in a sales
 * channel. One waiting subscription per (variant, channel, e-mail); the
 * unsubscribe token is handed out once and stored hashed.
 */
export const subscribeBackInStockWorkflow = createWorkflow(
  subscribeBackInStockWorkflowId,
  (input: SubscribeBackInStockInput) => {
    validateSubscriptionStep(input)
    return new WorkflowResponse(createSubscriptionStep(input))
  }
)
