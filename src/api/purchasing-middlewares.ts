import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import {
  AdminCreatePurchaseOrder,
  AdminCreatePurchaseOrdersFromSuggestions,
  AdminPurchaseOrderAction,
  AdminReceivePurchaseOrder,
  AdminUpdatePurchaseOrder,
} from "./admin/purchase-orders/validators"
import { AdminCreateSupplier, AdminUpdateSupplier, AdminUpsertSupplierItems } from "./admin/suppliers/validators"

/** Suppliers and purchase orders (admin-only by Medusa's defaults for /admin/*). */
export const purchasingMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/suppliers", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateSupplier)] },
  { matcher: "/admin/suppliers/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateSupplier)] },
  {
    matcher: "/admin/suppliers/:id/items",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpsertSupplierItems)],
  },
  {
    matcher: "/admin/purchase-orders",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreatePurchaseOrder)],
  },
  {
    matcher: "/admin/purchase-orders/from-suggestions",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreatePurchaseOrdersFromSuggestions)],
  },
  {
    // Express would also match "/admin/purchase-orders/:id" for from-suggestions and run both validators.
    matcher: /^\/admin\/purchase-orders\/(?!from-suggestions\/?$)[^/]+\/?$/,
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdatePurchaseOrder)],
  },
  {
    matcher: "/admin/purchase-orders/:id/order",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminPurchaseOrderAction)],
  },
  {
    matcher: "/admin/purchase-orders/:id/cancel",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminPurchaseOrderAction)],
  },
  {
    matcher: "/admin/purchase-orders/:id/receive",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminReceivePurchaseOrder)],
  },
]
