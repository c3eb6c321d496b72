import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { receivePurchaseOrderWorkflow } from "../../../../../workflows/purchasing/receive-purchase-order"
import { retrievePurchaseOrderDetail } from "../../helpers"
import type { AdminReceivePurchaseOrderType } from "../../validators"

/**
 * POST /admin/purchase-orders/:id/receive { lines, allow_over_receipt? }
 * with an Idempotency-Key header (or `idempotency_key` in the body): the same
 * key again changes nothing and answers with the order as it is.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminReceivePurchaseOrderType>, res: MedusaResponse) {
  const header = req.headers["idempotency-key"]
  const key = (req.validatedBody.idempotency_key ?? (Array.isArray(header) ? header[0] : header) ?? "").trim()
  if (!key || key.length > 200) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "An idempotency key (Idempotency-Key header or idempotency_key, at most 200 characters) is required"
    )
  }
  const { lines, allow_over_receipt } = req.validatedBody
  const { result } = await receivePurchaseOrderWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      idempotency_key: key,
      lines,
      allow_over_receipt,
      received_by: req.auth_context.actor_id,
    },
  })
  res.json({
    purchase_order: await retrievePurchaseOrderDetail(req.scope, req.params.id),
    receipt: { id: result.receipt_id, duplicate: result.duplicate },
  })
}
