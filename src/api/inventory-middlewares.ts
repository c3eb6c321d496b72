import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminAdjustStock,
  AdminTransitionInventoryAlerts,
  AdminUpdateInventoryAlertSettings,
  AdminUpsertInventoryThreshold,
} from "./admin/inventory-alerts/validators"
import { StoreCreateBackInStockSubscription } from "./store/back-in-stock-subscriptions/validators"

/** Inventory alerts, thresholds, stock ledger, replenishment and back-in-stock routes. */
export const inventoryMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/inventory-alerts/settings",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateInventoryAlertSettings)],
  },
  {
    matcher: "/admin/inventory-alerts/acknowledge",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminTransitionInventoryAlerts)],
  },
  {
    matcher: "/admin/inventory-alerts/resolve",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminTransitionInventoryAlerts)],
  },
  {
    matcher: "/admin/inventory-thresholds",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpsertInventoryThreshold)],
  },
  {
    matcher: "/admin/inventory-items/:id/stock-adjustments",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminAdjustStock)],
  },
  {
    // Guests subscribe with an e-mail; a logged-in customer is recognised when present.
    matcher: "/store/back-in-stock-subscriptions*",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
  },
  {
    matcher: "/store/back-in-stock-subscriptions",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreCreateBackInStockSubscription)],
  },
  {
    matcher: "/store/customers/me/back-in-stock-subscriptions",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
