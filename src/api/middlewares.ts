import { authenticate, defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminAdjustPoints, AdminCreateLoyaltyRule, AdminUpdateLoyaltyRule } from "./admin/loyalty/validators"

/**
 * Admin routes are admin-only by Medusa's defaults (`/admin/*`); customer
 * routes under `/store/customers/me/*` are authenticated here explicitly.
 */
export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/customers/me/loyalty*",
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    {
      matcher: "/admin/loyalty/rules",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateLoyaltyRule)],
    },
    {
      matcher: "/admin/loyalty/rules/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateLoyaltyRule)],
    },
    {
      matcher: "/admin/loyalty/accounts/:customer_id/adjustments",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminAdjustPoints)],
    },
  ],
})
