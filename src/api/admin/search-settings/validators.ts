import { z } from "@medusajs/framework/zod"
import {
  MAX_STOP_WORDS,
  MAX_SYNONYM_GROUPS,
  MAX_SYNONYM_TERMS,
  RANKING_RULES,
} from "../../../modules/search-insight/utils/settings"

const term = z.string().trim().min(1).max(60)

export const AdminUpdateSearchSettings = z
  .object({
    /** Groups of terms that find each other: [["tee", "t-shirt"], ["hoodie", "hooded sweatshirt"]]. */
    synonyms: z.array(z.array(term).min(2).max(MAX_SYNONYM_TERMS)).max(MAX_SYNONYM_GROUPS).optional(),
    /** Single words dropped from store queries: ["the", "a", "for"]. */
    stop_words: z
      .array(z.string().trim().min(1).max(40).regex(/^\S+$/, "a stop word is a single word"))
      .max(MAX_STOP_WORDS)
      .optional(),
    /** Every rule once, in the order they break ties. */
    ranking_rules: z
      .array(z.enum(RANKING_RULES))
      .min(1)
      .max(RANKING_RULES.length)
      .refine((rules) => new Set(rules).size === rules.length, "each ranking rule may appear once")
      .optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, "give synonyms, stop_words or ranking_rules")
export type AdminUpdateSearchSettingsType = z.infer<typeof AdminUpdateSearchSettings>
