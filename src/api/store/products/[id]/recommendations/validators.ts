import { z } from "@medusajs/framework/zod"
import {
  RECOMMENDATIONS_DEFAULT_LIMIT,
  RECOMMENDATIONS_MAX_LIMIT,
} from "../../../../../modules/analytics-report/utils/recommendations"

/** GET /store/products/:id/recommendations?limit= */
export const StoreGetProductRecommendations = z
  .object({
    limit: z.coerce.number().int().min(1).max(RECOMMENDATIONS_MAX_LIMIT).default(RECOMMENDATIONS_DEFAULT_LIMIT),
  })
  .strict()
