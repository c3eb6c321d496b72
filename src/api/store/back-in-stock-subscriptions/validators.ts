import { z } from "@medusajs/framework/zod"

export const StoreCreateBackInStockSubscription = z
  .object({
    variant_id: z.string().min(1).max(100),
    /** Required for guests; a logged-in customer's account e-mail is used otherwise. */
    email: z.string().trim().toLowerCase().email().max(320).optional(),
    sales_channel_id: z.string().min(1).max(100).optional(),
  })
  .strict()
export type StoreCreateBackInStockSubscriptionType = z.infer<typeof StoreCreateBackInStockSubscription>

export const StoreDeleteBackInStockSubscription = z.object({ token: z.string().min(10).max(200).optional() }).strict()
