import { z } from "@medusajs/framework/zod"

export const AdminEraseCustomer = z
  .object({
    /** The customer's current e-mail address, typed by the admin. */
    confirm: z.string().trim().min(1).max(320),
  })
  .strict()
export type AdminEraseCustomerType = z.infer<typeof AdminEraseCustomer>
