import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_INDEX } from "../../../../../../search/_config"
import { getProductSearchStatusWorkflow } from "../../../../../../workflows/search/get-product-search-status"

/**
 * GET /admin/search-indexes/product/documents/:product_id — a product's
 * document in the product index and whether it is current (the product
 * page's search widget).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (req.params.id !== PRODUCT_INDEX) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Documents can be looked up in the "${PRODUCT_INDEX}" index only`
    )
  }
  if (!/^[\w-]{1,100}$/.test(req.params.document_id)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid product id")
  }
  const { result } = await getProductSearchStatusWorkflow(req.scope).run({
    input: { product_id: req.params.document_id },
  })
  res.json({ search_document: result })
}
