import { z } from "@medusajs/framework/zod"
import { HANDLE_PATTERN } from "../../../../../modules/catalog-quality/utils/seo"

/** Lengths are guidance (60 / 160, see the response's `guidance`); the hard limits only stop abuse. */
export const AdminUpdateProductSeo = z
  .object({
    meta_title: z.string().trim().max(300).nullable().optional(),
    meta_description: z.string().trim().max(1000).nullable().optional(),
    canonical_handle: z
      .string()
      .trim()
      .toLowerCase()
      .max(200)
      .regex(HANDLE_PATTERN, "canonical_handle must be lower-case words joined by hyphens")
      .nullable()
      .optional(),
    noindex: z.boolean().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "Nothing to update")
export type AdminUpdateProductSeoType = z.infer<typeof AdminUpdateProductSeo>
