import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { INVENTORY_ALERT_MODULE } from "../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../modules/inventory-alert/service"

export const sendInventoryDigestWorkflowId = "inventory-send-digest"

/**
 * The daily digest: one message with every alert still open or acknowledged,
 * on the feed and the merchant's e-mail, once per day (idempotency key per
 * date), when the digest is switched on.
 */
const sendDigestStep = createStep("inventory-send-digest-step", async (input: { date?: string }, { container }) => {
  const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
  const settings = await service.getSettings()
  if (!settings.daily_digest) return new StepResponse({ sent: false, open: 0 })
  const day = (input.date ?? new Date().toISOString()).slice(0, 10)
  const [alerts, open] = await service.listAndCountInventoryAlerts(
    { status: ["open", "acknowledged"] },
    { order: { severity: "ASC", raised_at: "ASC" }, take: 50 }
  )
  if (!open) return new StepResponse({ sent: false, open })
  const channels = [settings.notify_feed ? "feed" : null, settings.notify_email ? "email" : null].filter(
    (c): c is "feed" | "email" => !!c
  )
  const claimed = await service.claimDeliveries(
    channels.map((channel) => ({
      idempotency_key: `inventory-digest:${day}:${channel}`,
      channel,
      subject_type: "digest" as const,
      subject_id: day,
    }))
  )
  if (!claimed.length) return new StepResponse({ sent: false, open })
  const critical = alerts.filter((a) => a.kind === "out_of_stock").length
  const title = `Inventory digest ${day}: ${open} open alert${open === 1 ? "" : "s"}`
  const description = `${critical} out of stock among the first ${alerts.length}. Review them under Inventory alerts.`
  const notifications = container.resolve(Modules.NOTIFICATION)
  try {
    await notifications.createNotifications(
      claimed.map((d) => ({
        to: d.channel === "email" ? settings.notify_email! : "",
        channel: d.channel,
        template: d.channel === "feed" ? "admin-ui" : "inventory-digest",
        data: { title, description, alert_ids: alerts.map((a) => a.id) },
        trigger_type: "inventory.digest",
        idempotency_key: d.idempotency_key,
      }))
    )
    await service.markDeliveries(
      claimed.map((d) => d.id),
      "sent"
    )
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`inventory digest failed: ${(error as Error).message}`)
    await service.markDeliveries(
      claimed.map((d) => d.id),
      "failed",
      (error as Error).message
    )
    return new StepResponse({ sent: false, open })
  }
  return new StepResponse({ sent: true, open })
})

export const sendInventoryDigestWorkflow = createWorkflow(
  sendInventoryDigestWorkflowId,
  (input: { date?: string }) => new WorkflowResponse(sendDigestStep(input))
)
