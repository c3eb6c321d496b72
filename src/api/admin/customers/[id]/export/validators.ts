import { z } from "@medusajs/framework/zod"

/** The export takes no options. */
export const AdminExportCustomerData = z.object({}).strict()
