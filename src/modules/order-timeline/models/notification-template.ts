import { model } from "@medusajs/framework/utils"

/**
 * A customer notification's text, editable in the admin. `subject` and
 * `body` hold `{{variable}}` placeholders from the template's allowed list
 * (utils/templates.ts). Defaults are seeded when a key is absent.
 */
const NotificationTemplate = model
  .define("notification_template", {
    id: model.id({ prefix: "ntpl" }).primaryKey(),
    key: model.enum([
      "order_confirmation",
      "order_shipped",
      "order_delivered",
      "order_canceled",
      "refund_issued",
      "payment_failed",
    ]),
    channel: model.text().default("email"),
    subject: model.text(),
    body: model.text(),
    enabled: model.boolean().default(true),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["key"], unique: true }])

export default NotificationTemplate
