import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { csvLine, reportCsv } from "../../../../../modules/analytics-report/utils/csv"
import { parseQuery } from "../../../../validation"
import { AdminExportReport } from "../../validators"
import { runReport } from "../helpers"

/**
 * GET /admin/reports/:report/export?part=series|rows — the report as CSV:
 * a header of column keys (with currency_code, and period for series), one
 * line per series point or row, streamed.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { part: requested, ...query } = parseQuery(AdminExportReport, req.query)
  const { definition, envelope } = await runReport(req.scope, req.params.report, query)
  const part = requested ?? definition.parts[0]
  if (!definition.parts.includes(part)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The ${definition.name} report has no ${part} part; parts: ${definition.parts.join(", ")}`
    )
  }
  const { header, lines } = reportCsv(envelope, part)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${definition.name}-${query.from}-${query.to}.csv"`)
  res.write(csvLine(header))
  for (let i = 0; i < lines.length; i += 500) {
    const chunk = lines
      .slice(i, i + 500)
      .map(csvLine)
      .join("")
    if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve))
  }
  res.end()
}
