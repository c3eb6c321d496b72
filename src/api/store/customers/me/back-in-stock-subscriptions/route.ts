import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVENTORY_ALERT_MODULE } from "../../../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../../../modules/inventory-alert/service"
import { publicSubscription } from "../../../back-in-stock-subscriptions/route"

/** GET /store/customers/me/back-in-stock-subscriptions — the logged-in customer's own subscriptions. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: InventoryAlertModuleService = req.scope.resolve(INVENTORY_ALERT_MODULE)
  const subscriptions = await service.listBackInStockSubscriptions(
    { customer_id: req.auth_context.actor_id },
    { order: { created_at: "DESC" }, take: 200 }
  )
  res.json({ back_in_stock_subscriptions: subscriptions.map(publicSubscription) })
}
