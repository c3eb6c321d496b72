import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminPreviewNotificationTemplate,
  AdminUpdateNotificationTemplate,
} from "./admin/notification-templates/validators"
import {
  AdminCancelOrderExceptionOrder,
  AdminCaptureOrderExceptionPayment,
  AdminCreateOrderExceptionNote,
  AdminRefundOrderExceptionPayment,
  AdminResolveOrderExceptions,
  AdminUpdateOrderException,
  AdminUpdateOrderExceptionSettings,
} from "./admin/order-exceptions/validators"
import { watchCheckoutStockFailures } from "./admin/order-exceptions/checkout-stock-watch"

/** Order timeline, customer notification templates (H6) and the order exception inbox (H7). */
export const ordersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/notification-templates/:key",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateNotificationTemplate)],
  },
  {
    matcher: "/admin/notification-templates/:key/preview",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminPreviewNotificationTemplate)],
  },
  // Order exception inbox (H7). Static segments (settings, resolve) are matched before :id.
  {
    matcher: "/admin/order-exceptions/settings",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateOrderExceptionSettings)],
  },
  {
    matcher: "/admin/order-exceptions/resolve",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminResolveOrderExceptions)],
  },
  {
    matcher: "/admin/order-exceptions/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateOrderException)],
  },
  {
    matcher: "/admin/order-exceptions/:id/notes",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateOrderExceptionNote)],
  },
  {
    matcher: "/admin/order-exceptions/:id/actions/capture-payment",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCaptureOrderExceptionPayment)],
  },
  {
    matcher: "/admin/order-exceptions/:id/actions/cancel-order",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCancelOrderExceptionOrder)],
  },
  {
    matcher: "/admin/order-exceptions/:id/actions/refund",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminRefundOrderExceptionPayment)],
  },
  {
    // A checkout rejected for want of stock becomes an oversold case on the cart (after the response).
    matcher: "/store/carts/:id/complete",
    method: ["POST"],
    middlewares: [watchCheckoutStockFailures],
  },
]
