import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getProductJsonLdWorkflow } from "../../../../../workflows/catalog-quality/get-product-json-ld"
import { parseQuery } from "../../../../validation"
import { StoreGetProductJsonLd } from "./validators"

/**
 * GET /store/products/:id/json-ld?region_id=… (or currency_code=…) — JSON-LD
 * `Product` structured data for a product page; `:id` is the product id or
 * its handle. Only published products of the publishable key's channels.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = parseQuery(StoreGetProductJsonLd, req.query)
  const channels: string[] = (req as any).publishable_key_context?.sales_channel_ids ?? []
  const { result } = await getProductJsonLdWorkflow(req.scope).run({
    input: { product: req.params.id, sales_channel_ids: channels, ...query },
  })
  res.setHeader("Content-Type", "application/ld+json; charset=utf-8")
  res.send(JSON.stringify(result))
}
