import { authenticate, defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminAdjustPoints, AdminCreateLoyaltyRule, AdminUpdateLoyaltyRule } from "./admin/loyalty/validators"
import {
  AdminCreateCouponBatch,
  AdminCreateSpendThresholdPromotion,
  AdminRevokeCouponCodes,
} from "./admin/coupon-batches/validators"
import { StoreApplyCouponCode, StoreApplyLoyaltyPoints } from "./store/carts/validators"
import { StoreExchangePoints } from "./store/customers/me/loyalty/validators"
import { inventoryMiddlewares } from "./inventory-middlewares"
import { purchasingMiddlewares } from "./purchasing-middlewares"
import { stocktakeMiddlewares } from "./stocktake-middlewares"
import { searchMiddlewares } from "./search-middlewares"
import { rateLimitMiddlewares } from "./rate-limit-middlewares"
import { auditLogMiddlewares } from "./audit-log-middlewares"
import { queryMiddlewares } from "./query-middlewares"
import { analyticsMiddlewares } from "./analytics-middlewares"
import { ordersMiddlewares } from "./orders-middlewares"
import { privacyMiddlewares } from "./privacy-middlewares"
import { catalogQualityMiddlewares } from "./catalog-quality-middlewares"

/**
 * Admin routes are admin-only by Medusa's defaults (`/admin/*`); customer
 * routes under `/store/customers/me/*` are authenticated here explicitly.
 */
export default defineMiddlewares({
  routes: [
    // Watches every admin request's outcome; records successful changes and exports.
    ...auditLogMiddlewares,
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
      matcher: "/store/customers/me/loyalty/exchange",
      method: ["POST"],
      middlewares: [validateAndTransformBody(StoreExchangePoints)],
    },
    {
      // Coupons work for guests too; a logged-in customer is recognised when present.
      matcher: "/store/carts/:id/coupons*",
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
    },
    {
      matcher: "/store/carts/:id/coupons",
      method: ["POST"],
      middlewares: [validateAndTransformBody(StoreApplyCouponCode)],
    },
    {
      matcher: "/admin/coupon-batches",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateCouponBatch)],
    },
    {
      matcher: "/admin/coupon-batches/:id/revoke",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminRevokeCouponCodes)],
    },
    {
      matcher: "/admin/spend-threshold-promotions",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateSpendThresholdPromotion)],
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
    ...inventoryMiddlewares,
    ...purchasingMiddlewares,
    ...stocktakeMiddlewares,
    ...searchMiddlewares,
    ...queryMiddlewares,
    // After the routes' authentication, so a logged-in customer is counted as themself.
    ...rateLimitMiddlewares,
    ...analyticsMiddlewares,
    ...ordersMiddlewares,
    ...privacyMiddlewares,
    ...catalogQualityMiddlewares,
  ],
})
