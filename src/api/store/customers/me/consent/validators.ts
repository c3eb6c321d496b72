import { z } from "@medusajs/framework/zod"

export const StoreUpdateConsent = z
  .object({
    marketing_email: z.boolean().optional(),
    personalisation: z.boolean().optional(),
  })
  .strict()
export type StoreUpdateConsentType = z.infer<typeof StoreUpdateConsent>
