import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { LOYALTY_POINTS_MODULE } from "../../../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../../../modules/loyalty-points/service"
import { parseQuery } from "../../../../validation"
import { StoreGetLoyalty } from "./validators"

/** GET /store/customers/me/loyalty — the logged-in customer's balance, tier and expiring points. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { currency_code } = parseQuery(StoreGetLoyalty, req.query)
  const loyalty: LoyaltyPointsModuleService = req.scope.resolve(LOYALTY_POINTS_MODULE)
  let currency = currency_code
  if (!currency) {
    const [store] = await req.scope.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
    currency = store?.supported_currencies?.find((c) => c.is_default)?.currency_code ?? "eur"
  }
  const loyaltySummary = await loyalty.getSummary({ customer_id: req.auth_context.actor_id, currency_code: currency })
  res.json({ loyalty: loyaltySummary })
}
