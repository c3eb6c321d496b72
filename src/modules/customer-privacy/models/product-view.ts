import { model } from "@medusajs/framework/utils"

/**
 * A product a customer looked at (with personalisation consent only): one row
 * per (customer, product), moved to the top when seen again. At most
 * `MAX_VIEWS_PER_CUSTOMER` rows per customer; the oldest go in the same
 * statement as the insert.
 */
const ProductView = model
  .define("product_view", {
    id: model.id({ prefix: "pview" }).primaryKey(),
    customer_id: model.text(),
    product_id: model.text(),
    viewed_at: model.dateTime(),
    views: model.number().default(1),
  })
  .indexes([
    { on: ["customer_id", "product_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id", "viewed_at"] },
  ])

export default ProductView
