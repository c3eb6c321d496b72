import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { buildSitemapWorkflow } from "../../workflows/catalog-quality/build-sitemap"
import { parseQuery } from "../validation"
import { GetSitemap } from "./validators"

/**
 * GET /sitemap.xml?key=<publishable key>[&page=N] — outside /store because
 * crawlers send no headers, and Medusa reads the publishable key only from
 * one. Public route, so the key is checked here: missing or malformed 400,
 * unknown or revoked 401.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  if (!req.query?.key) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: key (a publishable API key) is required")
  }
  const { key, page } = parseQuery(GetSitemap, req.query)
  const backend = process.env.MEDUSA_BACKEND_URL || `${req.protocol}://${req.get("host")}`
  const { result } = await buildSitemapWorkflow(req.scope).run({
    input: { key, page, self_url: `${backend.replace(/\/+$/, "")}/sitemap.xml` },
  })
  res.setHeader("Content-Type", "application/xml; charset=utf-8")
  res.setHeader("Cache-Control", "public, max-age=3600")
  res.send(result)
}
