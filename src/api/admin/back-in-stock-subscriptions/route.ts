import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVENTORY_ALERT_MODULE } from "../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../modules/inventory-alert/service"
import { parseQuery } from "../../validation"
import { AdminListBackInStockSubscriptions } from "../inventory-alerts/validators"

/** GET /admin/back-in-stock-subscriptions — waiting and past subscriptions (demand history). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filters } = parseQuery(AdminListBackInStockSubscriptions, req.query)
  const service: InventoryAlertModuleService = req.scope.resolve(INVENTORY_ALERT_MODULE)
  const [subscriptions, count] = await service.listAndCountBackInStockSubscriptions(filters, {
    select: [
      "id",
      "variant_id",
      "sales_channel_id",
      "customer_id",
      "email",
      "status",
      "notified_at",
      "canceled_at",
      "created_at",
    ],
    order: { created_at: "DESC" },
    skip: offset,
    take: limit,
  })
  res.json({ back_in_stock_subscriptions: subscriptions, count, offset, limit })
}
