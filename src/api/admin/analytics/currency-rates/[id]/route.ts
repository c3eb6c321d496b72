import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCurrencyRateWorkflow } from "../../../../../workflows/analytics/delete-currency-rate"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteCurrencyRateWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "analytics_currency_rate", deleted: true })
}
