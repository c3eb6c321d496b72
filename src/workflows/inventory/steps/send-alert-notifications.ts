import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { INVENTORY_ALERT_MODULE } from "../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../modules/inventory-alert/service"
import type { RaisedAlert } from "../../../modules/inventory-alert/types"
import {
  alertDescription,
  alertTitle,
  webhookPayload,
  type AlertForMessage,
} from "../../../modules/inventory-alert/utils/messages"

export const sendAlertNotificationsStepId = "inventory-send-alert-notifications"

const WEBHOOK_TIMEOUT_MS = 5_000

/**
 * Notifies new alerts on every configured channel: the admin feed (Medusa's
 * notification bell), the merchant's e-mail and a Slack-compatible webhook.
 * Each (alert, channel) is claimed once by idempotency key before sending,
 * so a redelivered event never notifies twice. A failed send is recorded and
 * does not fail the workflow: the stock and the alert are already right.
 */
export const sendAlertNotificationsStep = createStep(
  sendAlertNotificationsStepId,
  async (input: { alerts: RaisedAlert[] }, { container }) => {
    if (!input.alerts.length) return new StepResponse({ sent: 0, failed: 0 })
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    const settings = await service.getSettings()
    const channels = [
      settings.notify_feed ? ("feed" as const) : null,
      settings.notify_email ? ("email" as const) : null,
      settings.webhook_url ? ("webhook" as const) : null,
    ].filter((c): c is "feed" | "email" | "webhook" => c !== null)
    if (!channels.length) return new StepResponse({ sent: 0, failed: 0 })

    const claimed = await service.claimDeliveries(
      input.alerts.flatMap((alert) =>
        channels.map((channel) => ({
          idempotency_key: `inventory-alert:${alert.id}:${channel}`,
          channel,
          subject_type: "alert" as const,
          subject_id: alert.id,
        }))
      )
    )
    if (!claimed.length) return new StepResponse({ sent: 0, failed: 0 })

    const messages = await describeAlerts(container, input.alerts)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const notifications = container.resolve(Modules.NOTIFICATION)
    let sent = 0
    let failed = 0

    for (const channel of ["feed", "email"] as const) {
      const mine = claimed.filter((c) => c.channel === channel)
      if (!mine.length) continue
      try {
        await notifications.createNotifications(
          mine.map((delivery) => {
            const alert = messages.get(delivery.subject_id)!
            return {
              to: channel === "email" ? settings.notify_email! : "",
              channel,
              template: channel === "feed" ? "admin-ui" : "inventory-alert",
              data: { title: alertTitle(alert), description: alertDescription(alert), alert_id: alert.id },
              trigger_type: "inventory.alert.raised",
              resource_type: "inventory_alert",
              resource_id: alert.id,
              idempotency_key: delivery.idempotency_key,
            }
          })
        )
        await service.markDeliveries(
          mine.map((d) => d.id),
          "sent"
        )
        sent += mine.length
      } catch (error) {
        logger.warn(`inventory alerts: ${channel} notification failed: ${(error as Error).message}`)
        await service.markDeliveries(
          mine.map((d) => d.id),
          "failed",
          (error as Error).message
        )
        failed += mine.length
      }
    }

    const hooks = claimed.filter((c) => c.channel === "webhook")
    if (hooks.length && settings.webhook_url) {
      const payload = webhookPayload(hooks.map((d) => messages.get(d.subject_id)!))
      try {
        const response = await fetch(settings.webhook_url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "idempotency-key": `inventory-alerts:${hooks
              .map((h) => h.subject_id)
              .sort()
              .join(",")
              .slice(0, 200)}`,
          },
          body: JSON.stringify(payload),
          signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        })
        if (!response.ok) throw new Error(`webhook answered ${response.status}`)
        await service.markDeliveries(
          hooks.map((h) => h.id),
          "sent"
        )
        sent += hooks.length
      } catch (error) {
        logger.warn(`inventory alerts: webhook failed: ${(error as Error).message}`)
        await service.markDeliveries(
          hooks.map((h) => h.id),
          "failed",
          (error as Error).message
        )
        failed += hooks.length
      }
    }
    return new StepResponse({ sent, failed })
  }
)

async function describeAlerts(container: any, alerts: RaisedAlert[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const itemIds = [...new Set(alerts.map((a) => a.inventory_item_id))]
  const locationIds = [...new Set(alerts.map((a) => a.location_id).filter((id): id is string => !!id))]
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "title"],
    filters: { id: itemIds },
  })
  const { data: locations } = locationIds.length
    ? await query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: locationIds } })
    : { data: [] }
  const itemById = new Map(items.map((i: any) => [i.id, i]))
  const locationById = new Map(locations.map((l: any) => [l.id, l]))
  return new Map<string, AlertForMessage>(
    alerts.map((alert) => [
      alert.id,
      {
        id: alert.id,
        kind: alert.kind,
        threshold: alert.threshold,
        raised_quantity: alert.raised_quantity,
        item: (itemById.get(alert.inventory_item_id) as any) ?? null,
        location: alert.location_id ? ((locationById.get(alert.location_id) as any) ?? null) : null,
      },
    ])
  )
}
