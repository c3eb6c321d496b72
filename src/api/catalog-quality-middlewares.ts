import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminRecomputeCatalogQuality,
  AdminUpdateCatalogQualitySettings,
} from "./admin/catalog-quality/validators"
import { AdminUpdateProductSeo } from "./admin/products/[id]/seo/validators"

/** Catalog health and SEO (see docs/CATALOG.md); GET queries are parsed in the routes. */
export const catalogQualityMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/catalog-quality/recompute",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminRecomputeCatalogQuality)],
  },
  {
    matcher: "/admin/catalog-quality/settings",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateCatalogQualitySettings)],
  },
  {
    matcher: "/admin/products/:id/seo",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateProductSeo)],
  },
]
