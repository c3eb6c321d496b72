import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { runCaseAction } from "../run-action"

/** POST /admin/order-exceptions/:id/actions/cancel-order */
export async function POST(req: AuthenticatedMedusaRequest<Record<string, never>>, res: MedusaResponse) {
  await runCaseAction(req, res, "cancel-order")
}
