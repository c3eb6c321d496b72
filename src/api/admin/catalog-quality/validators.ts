import { z } from "@medusajs/framework/zod"
import { CHECK_IDS } from "../../../modules/catalog-quality/utils/score"

const id = z.string().min(1).max(100)
const listOf = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.split(",") : v), z.array(schema).min(1).max(20))
const score = z.coerce.number().int().min(0).max(100)
const checkId = z.enum(CHECK_IDS as [string, ...string[]])

const filters = {
  min_score: score.optional(),
  max_score: score.optional(),
  status: listOf(z.enum(["draft", "proposed", "published", "rejected"])).optional(),
  check: listOf(checkId).optional(),
}
const scoreRange = (q: { min_score?: number; max_score?: number }) =>
  q.min_score === undefined || q.max_score === undefined || q.min_score <= q.max_score

export const AdminListCatalogQuality = z
  .object({
    ...filters,
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  })
  .strict()
  .refine(scoreRange, "min_score must not exceed max_score")

export const AdminExportCatalogQuality = z.object(filters).strict().refine(scoreRange, "min_score must not exceed max_score")

export const AdminRecomputeCatalogQuality = z
  .object({ product_ids: z.array(id).min(1).max(1000).optional() })
  .strict()
export type AdminRecomputeCatalogQualityType = z.infer<typeof AdminRecomputeCatalogQuality>

export const AdminUpdateCatalogQualitySettings = z
  .object({
    /** Only the checks given change weight; 0 turns a check off. */
    check_weights: z.partialRecord(checkId, z.number().int().min(0).max(100)).optional(),
    min_title_length: z.number().int().min(0).max(255).optional(),
    min_description_length: z.number().int().min(0).max(10_000).optional(),
    min_images: z.number().int().min(0).max(50).optional(),
    placeholder_words: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
    title_similarity: z.number().min(0.3).max(1).optional(),
    publish_gate_enabled: z.boolean().optional(),
    publish_gate_min_score: z.number().int().min(0).max(100).optional(),
    store_url: z
      .string()
      .trim()
      .url()
      .max(500)
      .refine((u) => /^https?:\/\//.test(u), "store_url must be http(s)")
      .nullable()
      .optional(),
    sitemap_page_size: z.number().int().min(1).max(50_000).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "Nothing to update")
export type AdminUpdateCatalogQualitySettingsType = z.infer<typeof AdminUpdateCatalogQualitySettings>
