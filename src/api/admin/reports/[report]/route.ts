import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseQuery } from "../../../validation"
import { AdminGetReport } from "../validators"
import { runReport } from "./helpers"

/** GET /admin/reports/:report — one report in the shared envelope (see docs/ANALYTICS.md). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = parseQuery(AdminGetReport, req.query)
  const { envelope } = await runReport(req.scope, req.params.report, query)
  res.json(envelope)
}
