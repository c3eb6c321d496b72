import { z } from "@medusajs/framework/zod"

export const StoreApplyLoyaltyPoints = z
  .object({
    points: z.number().int("points must be a whole number").positive("points must be positive").max(100_000_000),
  })
  .strict()
export type StoreApplyLoyaltyPointsType = z.infer<typeof StoreApplyLoyaltyPoints>

export const StoreApplyCouponCode = z.object({ code: z.string().trim().min(3, "code is required").max(64) }).strict()
export type StoreApplyCouponCodeType = z.infer<typeof StoreApplyCouponCode>
