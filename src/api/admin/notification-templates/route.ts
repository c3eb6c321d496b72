import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDER_TIMELINE_MODULE } from "../../../modules/order-timeline"
import type OrderTimelineModuleService from "../../../modules/order-timeline/service"
import { DEFAULT_TEMPLATES, TEMPLATE_VARIABLES } from "../../../modules/order-timeline/utils/templates"

/** GET /admin/notification-templates — every customer notification template with its allowed variables. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: OrderTimelineModuleService = req.scope.resolve(ORDER_TIMELINE_MODULE)
  const templates = await service.listTemplates()
  const notification_templates = templates.map((t) => ({
    ...t,
    variables: TEMPLATE_VARIABLES[t.key],
    default: DEFAULT_TEMPLATES[t.key],
  }))
  res.json({ notification_templates, count: notification_templates.length })
}
