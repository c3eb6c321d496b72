import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVENTORY_ALERT_MODULE } from "../../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../../modules/inventory-alert/service"
import { updateInventoryAlertSettingsWorkflow } from "../../../../workflows/inventory/update-settings"
import type { AdminUpdateInventoryAlertSettingsType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: InventoryAlertModuleService = req.scope.resolve(INVENTORY_ALERT_MODULE)
  res.json({ settings: await service.getSettings() })
}

export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateInventoryAlertSettingsType>,
  res: MedusaResponse
) {
  const { result } = await updateInventoryAlertSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: result })
}
