import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getAnalyticsStatusWorkflow } from "../../../../workflows/analytics/get-status"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await getAnalyticsStatusWorkflow(req.scope).run({ input: {} })
  res.json({ status: result })
}
