import { model } from "@medusajs/framework/utils"

/**
 * A customer's consent flags. No row means no consent (both off). `source`
 * says who set them last: the customer, an admin, or an erasure (which turns
 * everything off).
 */
const CustomerConsent = model
  .define("customer_consent", {
    id: model.id({ prefix: "ccon" }).primaryKey(),
    customer_id: model.text(),
    marketing_email: model.boolean().default(false),
    personalisation: model.boolean().default(false),
    source: model.enum(["customer", "admin", "erasure"]).default("customer"),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])

export default CustomerConsent
