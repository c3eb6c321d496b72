import { model } from "@medusajs/framework/utils"

/**
 * Append-only ledger. `points` is signed and never changes once written; the
 * unique (kind, source, source_id) key makes every posting idempotent.
 *
 * Positive entries are also lots: `remaining` is what is left to spend, and
 * spending/expiring/reversing consumes lots first-in-first-out. A lot is
 * `pending` until `available_at` (or until its order is fulfilled).
 */
const LoyaltyEntry = model
  .define("loyalty_entry", {
    id: model.id({ prefix: "lpent" }).primaryKey(),
    account_id: model.text(),
    customer_id: model.text(),
    kind: model.enum(["earn", "redeem", "expire", "reverse", "adjust"]),
    points: model.number(),
    source: model.text(),
    source_id: model.text(),
    /** Order the entry belongs to, when there is one (earn, reverse, redeem). */
    order_id: model.text().nullable(),
    actor: model.text().nullable(),
    reason: model.text().nullable(),
    /** Money the points were computed from, in `currency_code`. */
    amount: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    /** Lot state (positive entries only). */
    lot_status: model.enum(["pending", "available", "spent"]).nullable(),
    remaining: model.number().default(0),
    available_at: model.dateTime().nullable(),
    expires_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["kind", "source", "source_id"], unique: true },
    { on: ["account_id", "created_at"] },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    { on: ["lot_status", "expires_at"], where: "remaining > 0" },
  ])
  .checks([
    { name: "loyalty_entry_remaining_valid", expression: "remaining >= 0 AND remaining <= GREATEST(points, 0)" },
  ])

export default LoyaltyEntry
