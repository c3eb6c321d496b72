import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import crypto from "node:crypto"
import { INVENTORY_ALERT_MODULE } from "../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../modules/inventory-alert/service"
import { hashToken } from "./subscribe-back-in-stock"

export const unsubscribeBackInStockWorkflowId = "inventory-unsubscribe-back-in-stock"

export type UnsubscribeBackInStockInput = {
  id: string
  /** The logged-in customer, when there is one. */
  customer_id: string | null
  /** The token handed out at subscription, for guests. */
  token: string | null
}

const sameHash = (a: string, b: string) =>
  a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b))

const cancelSubscriptionStep = createStep(
  "inventory-cancel-back-in-stock-subscription",
  async (input: UnsubscribeBackInStockInput, { container }) => {
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    const [subscription] = await service.listBackInStockSubscriptions({ id: input.id })
    const owner =
      subscription &&
      ((input.customer_id && subscription.customer_id === input.customer_id) ||
        (input.token && sameHash(hashToken(input.token), subscription.token_hash)))
    // Someone else's subscription looks exactly like a missing one.
    if (!subscription || !owner) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Back-in-stock subscription ${input.id} was not found`)
    }
    if (subscription.status !== "waiting") return new StepResponse(subscription, null)
    const updated = await service.updateBackInStockSubscriptions({
      id: subscription.id,
      status: "canceled",
      canceled_at: new Date(),
    })
    return new StepResponse(updated, subscription.id)
  },
  async (id: string | null | undefined, { container }) => {
    if (!id) return
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    await service.updateBackInStockSubscriptions({ id, status: "waiting", canceled_at: null })
  }
)

/** Cancels a waiting subscription, by its owner (customer) or with its token (guest). */
export const unsubscribeBackInStockWorkflow = createWorkflow(
  unsubscribeBackInStockWorkflowId,
  (input: UnsubscribeBackInStockInput) => new WorkflowResponse(cancelSubscriptionStep(input))
)
