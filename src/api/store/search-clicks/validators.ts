import { z } from "@medusajs/framework/zod"

export const StoreCreateSearchClick = z
  .object({
    /** One of the `search_ids` returned by POST /store/search. */
    search_id: z.string().regex(/^srql_[0-9A-Z]{26}$/, "must be an id from the search's search_ids"),
    product_id: z
      .string()
      .min(1)
      .max(100)
      .regex(/^prod_[0-9A-Za-z]+$/, "must be a product id"),
    /** 1-based rank of the hit on the results page. */
    position: z.number().int().min(1).max(1000).optional(),
  })
  .strict()
export type StoreCreateSearchClickType = z.infer<typeof StoreCreateSearchClick>
