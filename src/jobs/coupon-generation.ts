import type { MedusaContainer } from "@medusajs/framework/types"
import { resumeCouponGenerationWorkflow } from "../workflows/coupons/resume-generation"

/** Every 5 minutes: finish code batches whose background generation was interrupted (e.g. a restart). */
export default async function couponGeneration(container: MedusaContainer) {
  await resumeCouponGenerationWorkflow(container).run({ input: {} })
}

export const config = {
  name: "coupon-generation-resume",
  schedule: "*/5 * * * *",
}
