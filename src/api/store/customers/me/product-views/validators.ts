import { z } from "@medusajs/framework/zod"

export const StoreRecordProductView = z
  .object({ product_id: z.string().trim().min(1).max(100) })
  .strict()
export type StoreRecordProductViewType = z.infer<typeof StoreRecordProductView>
