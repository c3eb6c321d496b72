import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { LOYALTY_POINTS_MODULE } from "../../../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../../../modules/loyalty-points/service"
import { parseQuery } from "../../../../validation"
import { AdminGetLoyaltyAccount } from "../../validators"

/** GET /admin/loyalty/accounts/:customer_id — balances, debt, reconcile status and the ledger. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = parseQuery(AdminGetLoyaltyAccount, req.query)
  const customerId = req.params.customer_id
  await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  const loyalty: LoyaltyPointsModuleService = req.scope.resolve(LOYALTY_POINTS_MODULE)
  const [account] = await loyalty.listLoyaltyAccounts({ customer_id: customerId })
  const [entries, count] = await loyalty.listAndCountLoyaltyEntries(
    { customer_id: customerId },
    { order: { created_at: "DESC", id: "DESC" }, skip: offset, take: limit }
  )
  const mismatches = account ? await loyalty.reconcile({ customer_id: customerId }) : []
  res.json({
    account: account ?? {
      customer_id: customerId,
      points_available: 0,
      points_pending: 0,
      points_reserved: 0,
      points_debt: 0,
      lifetime_earned: 0,
    },
    reconciled: mismatches.length === 0,
    entries,
    count,
    offset,
    limit,
  })
}
