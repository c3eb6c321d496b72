import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LOYALTY_POINTS_MODULE } from "../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../modules/loyalty-points/service"
import { createCouponBatchWorkflow, generateCouponCodesWorkflow } from "../../../workflows/coupons/create-batch"
import { parseQuery } from "../../validation"
import { AdminListCouponBatches, type AdminCreateCouponBatchType } from "./validators"

/** Batches up to this size are generated before the response; larger ones in the background. */
const INLINE_GENERATION_LIMIT = 5_000

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = parseQuery(AdminListCouponBatches, req.query)
  const loyalty: LoyaltyPointsModuleService = req.scope.resolve(LOYALTY_POINTS_MODULE)
  const [batches, count] = await loyalty.listAndCountCouponBatches(
    {},
    { order: { created_at: "DESC" }, skip: offset, take: limit }
  )
  const stats = await loyalty.batchStats(batches.map((b) => b.id))
  res.json({ coupon_batches: batches.map((b) => ({ ...b, stats: stats[b.id] })), count, offset, limit })
}

/** POST /admin/coupon-batches — create a batch of unique codes for an existing promotion. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCouponBatchType>, res: MedusaResponse) {
  const { result: batch } = await createCouponBatchWorkflow(req.scope).run({
    input: { ...req.validatedBody, created_by: req.auth_context.actor_id },
  })
  const generation = generateCouponCodesWorkflow(req.scope).run({ input: { batch_id: batch.id } })
  if (batch.count <= INLINE_GENERATION_LIMIT) {
    const { result } = await generation
    return res.status(201).json({ coupon_batch: result })
  }
  // Large batch: answer now; the admin polls GET /admin/coupon-batches/:id for progress.
  generation.catch((error) =>
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`coupon batch ${batch.id}: ${error.message}`)
  )
  res.status(202).json({ coupon_batch: batch })
}
