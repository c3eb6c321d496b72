import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TEMPLATE_VARIABLES } from "../../../../modules/order-timeline/utils/templates"
import { updateNotificationTemplateWorkflow } from "../../../../workflows/order-notifications/update-template"
import { parseTemplateKey, type AdminUpdateNotificationTemplateType } from "../validators"

/**
 * POST /admin/notification-templates/:key — edits a template. Unknown
 * variables or malformed `{{ }}` are a 400 listing every problem; nothing is written.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateNotificationTemplateType>, res: MedusaResponse) {
  const key = parseTemplateKey(req.params.key)
  const { result } = await updateNotificationTemplateWorkflow(req.scope).run({
    input: { key, update: req.validatedBody, actor: req.auth_context?.actor_id ?? null },
  })
  res.json({ notification_template: { ...result, variables: TEMPLATE_VARIABLES[key] } })
}
