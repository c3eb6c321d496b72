import { z } from "@medusajs/framework/zod"

/** GET /admin/customers/:id/analytics takes no query parameters. */
export const AdminGetCustomerAnalytics = z.object({}).strict()
