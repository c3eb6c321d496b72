import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ANALYTICS_REPORT_MODULE } from "../../../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../../../modules/analytics-report/service"
import { upsertCurrencyRateWorkflow } from "../../../../workflows/analytics/upsert-currency-rate"
import { parseQuery } from "../../../validation"
import { AdminListCurrencyRates, type AdminCreateCurrencyRateType } from "../validators"

const FIELDS = ["id", "currency_code", "base_currency_code", "rate", "valid_from", "created_at", "updated_at"]

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filters } = parseQuery(AdminListCurrencyRates, req.query)
  const service: AnalyticsReportModuleService = req.scope.resolve(ANALYTICS_REPORT_MODULE)
  const [currency_rates, count] = await service.listAndCountAnalyticsCurrencyRates(filters, {
    select: FIELDS,
    order: { currency_code: "ASC", base_currency_code: "ASC", valid_from: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ currency_rates, count, offset, limit })
}

/** Creates a rate, or replaces the rate of the same (currency, base, valid_from). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCurrencyRateType>, res: MedusaResponse) {
  const { result } = await upsertCurrencyRateWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ currency_rate: result })
}
