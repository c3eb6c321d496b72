import { configureStoreSearch, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { PRODUCT_INDEX } from "../search/_config"
import { productStoreScope } from "../search/_scope"
import { afterCategoryProductsChange, afterPriceListChange } from "./admin/search-indexes/freshness-middlewares"
import { AdminUpdateSearchSettings } from "./admin/search-settings/validators"
import { storeSearchInstrumentation } from "./store/search/middlewares"
import { StoreCreateSearchClick } from "./store/search-clicks/validators"

/**
 * Product search: Medusa's `POST /store/search` opened for the product index
 * (narrowed to the publishable key's sales channels, see src/search/_scope.ts), checked,
 * tuned and logged by our middleware; autocomplete, click reports, settings
 * and analytics routes; and two admin routes after which Medusa emits no
 * event the index could follow.
 */
export const searchMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/search",
    method: ["POST"],
    middlewares: [
      configureStoreSearch({
        allowed_indexes: {
          [PRODUCT_INDEX]: { filters: (req) => productStoreScope(req.publishable_key_context?.sales_channel_ids) },
        },
      }),
      storeSearchInstrumentation(),
    ],
  },
  {
    matcher: "/store/search-clicks",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreCreateSearchClick)],
  },
  {
    matcher: "/admin/search-settings",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateSearchSettings)],
  },
  {
    matcher: "/admin/product-categories/:id/products",
    method: ["POST"],
    middlewares: [afterCategoryProductsChange],
  },
  {
    matcher: "/admin/price-lists/:id",
    method: ["POST"],
    middlewares: [afterPriceListChange],
  },
]
