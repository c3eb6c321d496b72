import { authenticate, defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminAdjustPoints, AdminCreateLoyaltyRule, AdminUpdateLoyaltyRule } from "./admin/loyalty/validators"
import { StoreApplyLoyaltyPoints } from "./store/carts/validators"

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
      // Guests cannot redeem: only a logged-in customer, and only on their own cart.
      matcher: "/store/carts/:id/loyalty-points",
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    {
      matcher: "/store/carts/:id/loyalty-points",
      method: ["POST"],
      middlewares: [validateAndTransformBody(StoreApplyLoyaltyPoints)],
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
