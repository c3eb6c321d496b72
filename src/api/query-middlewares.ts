import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rejectQueryParameters } from "./validation"

/** GET routes of the project that take no query parameters (the others validate theirs strictly). */
const NO_QUERY_ROUTES = [
  "/admin/analytics/settings",
  "/admin/analytics/status",
  "/admin/catalog-quality/settings",
  "/admin/inventory-alerts/settings",
  "/admin/inventory-alerts/summary",
  "/admin/loyalty/liability",
  "/admin/loyalty/reconcile",
  "/admin/loyalty/rules",
  "/admin/notification-templates",
  "/admin/order-exceptions/settings",
  "/admin/products/:id/quality",
  "/admin/products/:id/seo",
  "/admin/search-settings",
  "/store/customers/me/back-in-stock-subscriptions",
  "/store/customers/me/consent",
]

export const queryMiddlewares: MiddlewareRoute[] = NO_QUERY_ROUTES.map((matcher) => ({
  matcher,
  method: ["GET"],
  middlewares: [rejectQueryParameters as any],
}))
