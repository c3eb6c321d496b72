import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVENTORY_ALERT_MODULE } from "../../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../../modules/inventory-alert/service"

/** GET /admin/inventory-alerts/summary — counts for the cockpit's header and badges. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: InventoryAlertModuleService = req.scope.resolve(INVENTORY_ALERT_MODULE)
  const [[, open], [, acknowledged], [, critical_open]] = await Promise.all([
    service.listAndCountInventoryAlerts({ status: "open" }, { take: 1, select: ["id"] }),
    service.listAndCountInventoryAlerts({ status: "acknowledged" }, { take: 1, select: ["id"] }),
    service.listAndCountInventoryAlerts(
      { status: ["open", "acknowledged"], severity: "critical" },
      { take: 1, select: ["id"] }
    ),
  ])
  res.json({ summary: { open, acknowledged, critical_open } })
}
