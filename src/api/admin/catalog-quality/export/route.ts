import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CATALOG_QUALITY_MODULE } from "../../../../modules/catalog-quality"
import type CatalogQualityModuleService from "../../../../modules/catalog-quality/service"
import { parseQuery } from "../../../validation"
import { AdminExportCatalogQuality } from "../validators"

const PAGE = 1_000

/** A CSV cell; text a spreadsheet would run as a formula is prefixed with a quote. */
const csv = (value: unknown) => {
  if (value === null || value === undefined) return ""
  let text = value instanceof Date ? value.toISOString() : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** GET /admin/catalog-quality/export — the fix list (same filters and order) as CSV, page by page. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const filters = parseQuery(AdminExportCatalogQuality, req.query)
  const service: CatalogQualityModuleService = req.scope.resolve(CATALOG_QUALITY_MODULE)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="catalog-quality.csv"`)
  res.write("product_id,title,handle,status,units_sold,score,failed_checks,to_fix\n")
  for (let offset = 0; ; offset += PAGE) {
    const { products } = await service.listFixList({ ...filters, limit: PAGE, offset })
    if (products.length) {
      const lines = products.map((p) =>
        [
          p.product_id,
          p.title,
          p.handle,
          p.status,
          p.units_sold,
          p.score,
          p.failed_checks.map((f) => f.check).join(" "),
          p.failed_checks.map((f) => f.message).join("; "),
        ]
          .map(csv)
          .join(",")
      )
      if (!res.write(lines.join("\n") + "\n")) await new Promise((resolve) => res.once("drain", resolve))
    }
    if (products.length < PAGE) break
  }
  res.end()
}
