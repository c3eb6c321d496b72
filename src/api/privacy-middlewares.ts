import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminEraseCustomer } from "./admin/customers/[id]/erase/validators"
import { AdminExportCustomerData } from "./admin/customers/[id]/export/validators"
import { StoreUpdateConsent } from "./store/customers/me/consent/validators"
import { StoreRecordProductView } from "./store/customers/me/product-views/validators"

const customerOnly = [authenticate("customer", ["session", "bearer"])]

/** Consent, browsing history, recommendations, export and erasure (see docs/PRIVACY.md). */
export const privacyMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/customers/me/consent", middlewares: customerOnly },
  { matcher: "/store/customers/me/product-views", middlewares: customerOnly },
  { matcher: "/store/customers/me/recently-viewed", middlewares: customerOnly },
  { matcher: "/store/customers/me/recommendations", middlewares: customerOnly },
  { matcher: "/store/customers/me/export", middlewares: customerOnly },
  {
    matcher: "/store/customers/me/consent",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreUpdateConsent)],
  },
  {
    matcher: "/store/customers/me/product-views",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreRecordProductView)],
  },
  {
    matcher: "/admin/customers/:id/export",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminExportCustomerData)],
  },
  {
    matcher: "/admin/customers/:id/erase",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminEraseCustomer)],
  },
]
