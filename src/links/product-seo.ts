import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CatalogQualityModule from "../modules/catalog-quality"

/** Read-only: a product's SEO row stores the product id; lets Query join `product.seo` style reads from our side. */
export default defineLink(
  { linkable: CatalogQualityModule.linkable.productSeo, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
