import { model } from "@medusajs/framework/utils"

/**
 * A batch of unique codes that all grant one existing Medusa promotion.
 * The promotion computes the discount; the codes decide who may use it, once.
 */
const CouponBatch = model
  .define("coupon_batch", {
    id: model.id({ prefix: "cpnb" }).primaryKey(),
    name: model.text(),
    promotion_id: model.text(),
    promotion_code: model.text(),
    prefix: model.text().nullable(),
    count: model.number(),
    generated_count: model.number().default(0),
    status: model.enum(["generating", "ready", "failed"]).default("generating"),
    /** A code can be redeemed once (true) or by many orders (false). */
    single_use: model.boolean().default(true),
    /** A customer (or guest e-mail) may redeem at most one code of the batch. */
    once_per_customer: model.boolean().default(false),
    expires_at: model.dateTime().nullable(),
    customer_group_id: model.text().nullable(),
    /** Points a customer spends to receive one code of this batch (null: not exchangeable). */
    exchange_points: model.number().nullable(),
    created_by: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["promotion_id"] }])

export default CouponBatch
