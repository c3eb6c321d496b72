import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { TEMPLATE_KEYS } from "../../../modules/order-timeline/utils/templates"

export const AdminNotificationTemplateKey = z.enum(TEMPLATE_KEYS)

/** The route's `:key`; an unknown key is a 404. */
export function parseTemplateKey(key: string) {
  const parsed = AdminNotificationTemplateKey.safeParse(key)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Notification template "${String(key).slice(0, 100)}" not found`)
  }
  return parsed.data
}

export const AdminUpdateNotificationTemplate = z
  .object({
    subject: z.string().trim().min(1).max(300).optional(),
    body: z.string().min(1).max(20_000).optional(),
    enabled: z.boolean().optional(),
    /** A channel of the Notification module's providers ("email" by default). */
    channel: z
      .string()
      .regex(/^[a-z][a-z0-9_-]{0,29}$/, "lower-case letters, digits, - and _")
      .optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "nothing to update" })
export type AdminUpdateNotificationTemplateType = z.infer<typeof AdminUpdateNotificationTemplate>

export const AdminPreviewNotificationTemplate = z
  .object({
    /** Render with this order's data; a sample order when absent. */
    order_id: z.string().min(1).max(100).optional(),
    /** Preview unsaved text instead of the stored one. */
    subject: z.string().trim().min(1).max(300).optional(),
    body: z.string().min(1).max(20_000).optional(),
  })
  .strict()
export type AdminPreviewNotificationTemplateType = z.infer<typeof AdminPreviewNotificationTemplate>
