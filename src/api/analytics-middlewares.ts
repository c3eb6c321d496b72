import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateCurrencyRate, AdminUpdateAnalyticsSettings } from "./admin/analytics/validators"
import { AdminRecomputeSegments } from "./admin/analytics/segments/validators"

/**
 * Analytics routes (reports, settings, currency rates, status). Admin routes
 * are admin-only by Medusa's defaults; GET query strings are validated in the
 * routes with parseQuery (strict zod schemas).
 */
export const analyticsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/analytics/settings",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateAnalyticsSettings)],
  },
  {
    matcher: "/admin/analytics/currency-rates",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateCurrencyRate)],
  },
  // H5: segments, customer analytics, recommendations
  {
    matcher: "/admin/analytics/segments/recompute",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminRecomputeSegments)],
  },
]
