import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { previewNotificationTemplateWorkflow } from "../../../../../workflows/order-notifications/preview-template"
import { parseTemplateKey, type AdminPreviewNotificationTemplateType } from "../../validators"

/**
 * POST /admin/notification-templates/:key/preview — renders the template
 * (or unsaved `subject`/`body`) with a real order's data or a sample.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminPreviewNotificationTemplateType>, res: MedusaResponse) {
  const key = parseTemplateKey(req.params.key)
  const { result } = await previewNotificationTemplateWorkflow(req.scope).run({
    input: { key, ...req.validatedBody },
  })
  res.json({ preview: result })
}
