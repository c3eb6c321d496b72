import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_POINTS_MODULE } from "../../../../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../../../../modules/loyalty-points/service"
import { parseQuery } from "../../../../../validation"
import { StoreGetLoyaltyTransactions } from "../validators"

export const TRANSACTION_FIELDS = [
  "id",
  "kind",
  "points",
  "source",
  "order_id",
  "reason",
  "currency_code",
  "lot_status",
  "remaining",
  "available_at",
  "expires_at",
  "created_at",
] as const

/** GET /store/customers/me/loyalty/transactions — the customer's own ledger, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = parseQuery(StoreGetLoyaltyTransactions, req.query)
  const loyalty: LoyaltyPointsModuleService = req.scope.resolve(LOYALTY_POINTS_MODULE)
  const [transactions, count] = await loyalty.listAndCountLoyaltyEntries(
    { customer_id: req.auth_context.actor_id },
    { select: [...TRANSACTION_FIELDS], order: { created_at: "DESC", id: "DESC" }, skip: offset, take: limit }
  )
  res.json({ transactions, count, offset, limit })
}
