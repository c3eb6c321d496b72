import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ANALYTICS_REPORT_MODULE } from "../../../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../../../modules/analytics-report/service"
import { updateAnalyticsSettingsWorkflow } from "../../../../workflows/analytics/update-settings"
import type { AdminUpdateAnalyticsSettingsType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: AnalyticsReportModuleService = req.scope.resolve(ANALYTICS_REPORT_MODULE)
  res.json({ settings: await service.getSettings() })
}

/** A new time_zone rebuilds every day of the facts and the rollups before it returns (`rebuilt: true`). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateAnalyticsSettingsType>, res: MedusaResponse) {
  const { result } = await updateAnalyticsSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: result.settings, rebuilt: result.rebuilt })
}
