import { model } from "@medusajs/framework/utils"

/** Per-product SEO fields; `product_id` is Medusa's product id (read-only link to the product). */
const ProductSeo = model
  .define("product_seo", {
    id: model.id({ prefix: "pseo" }).primaryKey(),
    product_id: model.text(),
    meta_title: model.text().nullable(),
    meta_description: model.text().nullable(),
    canonical_handle: model.text().nullable(),
    noindex: model.boolean().default(false),
  })
  .indexes([{ on: ["product_id"], unique: true }])

export default ProductSeo
