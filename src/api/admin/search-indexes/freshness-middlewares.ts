import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { markProductsStaleWorkflow } from "../../../workflows/search/mark-products-stale"
import { refreshPriceListProductsWorkflow } from "../../../workflows/search/refresh-price-list-products"

/**
 * Runs `then` once the route answered successfully, without delaying the
 * answer. For admin changes after which Medusa emits no event the product
 * search could follow.
 */
function afterSuccess(label: string, then: (req: MedusaRequest) => Promise<unknown>) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    res.on("finish", () => {
      if (res.statusCode >= 400) return
      then(req).catch((error) => {
        req.scope
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(`[search] ${label}: documents not refreshed: ${(error as Error).message}`)
      })
    })
    next()
  }
}

const stringIds = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : []

/** POST /admin/product-categories/:id/products links products without any product event. */
export const afterCategoryProductsChange = afterSuccess("category products", async (req) => {
  const body = ((req as any).validatedBody ?? req.body ?? {}) as { add?: unknown; remove?: unknown }
  const productIds = [...stringIds(body.add), ...stringIds(body.remove)]
  if (!productIds.length) return
  await markProductsStaleWorkflow(req.scope).run({ input: { product_ids: productIds, reason: "category_products" } })
})

/** POST /admin/price-lists/:id changes status, dates or rules without any price event. */
export const afterPriceListChange = afterSuccess("price list", async (req) => {
  await refreshPriceListProductsWorkflow(req.scope).run({ input: { price_list_ids: [req.params.id] } })
})
