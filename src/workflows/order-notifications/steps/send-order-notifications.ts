import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ORDER_TIMELINE_MODULE } from "../../../modules/order-timeline"
import type OrderTimelineModuleService from "../../../modules/order-timeline/service"
import { renderTemplate, type TemplateKey } from "../../../modules/order-timeline/utils/templates"
import { textToHtml } from "../utils/format"

export type OrderNotificationRequest = {
  template_key: TemplateKey
  /** The source event, e.g. `order.placed:<order_id>`; with the template it makes the idempotency key. */
  source_key: string
  to: string | null
  order_id: string | null
  cart_id: string | null
  variables: Record<string, string>
}

export const notificationIdempotencyKey = (templateKey: string, sourceKey: string) => `${templateKey}:${sourceKey}`

export const sendOrderNotificationsStepId = "order-notifications-send"

/**
 * Sends customer notifications through the Notification module, once each:
 * a claim row keyed by (template, source event) is inserted first and only
 * the run that inserted it sends. Disabled templates and orders without an
 * e-mail send nothing. A failed send is marked failed (not thrown, so the
 * timeline entry of the same run stays) and is sent again when the event is
 * delivered again.
 */
export const sendOrderNotificationsStep = createStep(
  sendOrderNotificationsStepId,
  async (requests: OrderNotificationRequest[], { container }) => {
    const result = { sent: 0, skipped: 0, failed: 0 }
    if (!requests?.length) return new StepResponse(result)
    const service: OrderTimelineModuleService = container.resolve(ORDER_TIMELINE_MODULE)
    const notifications = container.resolve(Modules.NOTIFICATION)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const templates = new Map((await service.listTemplates()).map((t) => [t.key, t]))

    for (const request of requests) {
      const template = templates.get(request.template_key)
      if (!template?.enabled) {
        result.skipped++
        continue
      }
      const idempotencyKey = notificationIdempotencyKey(request.template_key, request.source_key)
      const [claim] = await service.claimNotifications([
        {
          idempotency_key: idempotencyKey,
          template_key: request.template_key,
          source_key: request.source_key,
          channel: template.channel,
          to: request.to,
          order_id: request.order_id,
          cart_id: request.cart_id,
        },
      ])
      if (!claim) continue
      if (!request.to) {
        await service.markNotification(claim.id, { status: "skipped", error: "no e-mail address" })
        result.skipped++
        continue
      }
      const rendered = renderTemplate(template, request.variables)
      try {
        const [notification] = await notifications.createNotifications([
          {
            to: request.to,
            channel: template.channel,
            template: request.template_key,
            content: { subject: rendered.subject, text: rendered.body, html: textToHtml(rendered.body) },
            data: { ...request.variables, subject: rendered.subject, body: rendered.body },
            trigger_type: request.source_key.split(":")[0],
            resource_id: request.order_id ?? request.cart_id ?? undefined,
            resource_type: request.order_id ? "order" : "cart",
            idempotency_key: idempotencyKey,
          },
        ])
        await service.markNotification(claim.id, { status: "sent", notification_id: notification?.id ?? null })
        result.sent++
      } catch (error) {
        logger.warn(`order notification ${idempotencyKey} failed: ${(error as Error).message}`)
        await service.markNotification(claim.id, { status: "failed", error: (error as Error).message })
        result.failed++
      }
    }
    return new StepResponse(result)
  }
)
