import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, getVariantAvailability, Modules } from "@medusajs/framework/utils"
import { INVENTORY_ALERT_MODULE } from "../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../modules/inventory-alert/service"
import { pickSubscribersToNotify } from "../../../modules/inventory-alert/utils/back-in-stock"

export const notifyBackInStockStepId = "inventory-notify-back-in-stock"

/**
 * When an item comes back from a stock-out (its stock-out alert clears),
 * notifies the shoppers waiting for its variants, per sales channel, oldest
 * first, at most as many as the available units can serve (or everyone, by
 * setting); the others wait for the next restock. Each subscription is moved
 * from waiting to notified atomically before its e-mail is sent, and only a
 * stock-out ending triggers a round, so a redelivered event notifies nobody
 * more.
 */
export const notifyBackInStockStep = createStep(
  notifyBackInStockStepId,
  /** `inventory_item_ids`: the items whose stock-out just ended. */
  async (input: { inventory_item_ids: string[] }, { container }) => {
    if (!input.inventory_item_ids.length) return new StepResponse({ notified: 0 })
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    const waiting = await service.listBackInStockSubscriptions(
      { status: "waiting" },
      {
        select: ["id", "variant_id", "sales_channel_id", "email", "created_at"],
        order: { created_at: "ASC" },
        take: 5000,
      }
    )
    if (!waiting.length) return new StepResponse({ notified: 0 })

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const changed = new Set(input.inventory_item_ids)
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["id", "sku", "title", "manage_inventory", "product.title", "inventory_items.inventory_item_id"],
      filters: { id: [...new Set(waiting.map((w) => w.variant_id))] },
    })
    const touched = variants.filter((v: any) =>
      (v.inventory_items ?? []).some((link: any) => changed.has(link.inventory_item_id))
    )
    if (!touched.length) return new StepResponse({ notified: 0 })
    const variantById = new Map(touched.map((v: any) => [v.id, v]))
    const settings = await service.getSettings()

    const candidates = waiting.filter((w) => variantById.has(w.variant_id))
    const channels = [...new Set(candidates.map((c) => c.sales_channel_id))]
    const toNotify: string[] = []
    for (const channelId of channels) {
      const inChannel = candidates.filter((c) => c.sales_channel_id === channelId)
      const availability = await getVariantAvailability(query, {
        variant_ids: [...new Set(inChannel.map((c) => c.variant_id))],
        sales_channel_id: channelId,
      })
      toNotify.push(
        ...pickSubscribersToNotify(
          inChannel.map((c) => ({ id: c.id, variant_id: c.variant_id, created_at: c.created_at })),
          Object.fromEntries(Object.entries(availability).map(([id, a]) => [id, a.availability])),
          settings.back_in_stock_mode
        )
      )
    }
    const claimed = await service.claimBackInStockSubscriptions(toNotify)
    if (!claimed.length) return new StepResponse({ notified: 0 })

    const deliveries = await service.claimDeliveries(
      claimed.map((s: any) => ({
        idempotency_key: `back-in-stock:${s.id}:email`,
        channel: "email" as const,
        subject_type: "back_in_stock" as const,
        subject_id: s.id,
      }))
    )
    const byId = new Map(claimed.map((s: any) => [s.id, s]))
    const notifications = container.resolve(Modules.NOTIFICATION)
    try {
      await notifications.createNotifications(
        deliveries.map((d) => {
          const subscription: any = byId.get(d.subject_id)
          const variant: any = variantById.get(subscription.variant_id)
          return {
            to: subscription.email,
            channel: "email",
            template: "back-in-stock",
            data: {
              variant_id: variant.id,
              sku: variant.sku,
              product_title: variant.product?.title ?? null,
              variant_title: variant.title,
              subscription_id: subscription.id,
            },
            trigger_type: "inventory.back_in_stock",
            resource_type: "product_variant",
            resource_id: variant.id,
            receiver_id: subscription.customer_id ?? null,
            idempotency_key: d.idempotency_key,
          }
        })
      )
      await service.markDeliveries(
        deliveries.map((d) => d.id),
        "sent"
      )
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`back-in-stock: e-mail notification failed: ${(error as Error).message}`)
      await service.markDeliveries(
        deliveries.map((d) => d.id),
        "failed",
        (error as Error).message
      )
    }
    return new StepResponse({ notified: claimed.length })
  }
)
