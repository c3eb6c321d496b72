import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getSearchIndexStatusWorkflow } from "../../../../../workflows/search/get-search-index-status"

/**
 * GET /admin/search-indexes/:id/status — the index as the Search page shows
 * it: provider (and whether it answers), documents indexed vs expected, the
 * sync runs the Search Module recorded (running, last, failed), the progress
 * of a rebuild, and how far behind the most recent product changes it is.
 * (Listing, deleting and reindexing are Medusa's own routes under
 * /admin/search-indexes.)
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await getSearchIndexStatusWorkflow(req.scope).run({ input: { index: req.params.id } })
  res.json({ search_index: result })
}
