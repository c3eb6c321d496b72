/** A check that failed for a product, as stored and shown to the merchant. */
export type FailedCheck = {
  check: string
  weight: number
  message: string
  fix: string
  /** Other products involved (duplicates). */
  related_product_ids?: string[]
}

export type CatalogQualitySettings = {
  id: string
  check_weights: Record<string, number>
  min_title_length: number
  min_description_length: number
  min_images: number
  placeholder_words: string[]
  title_similarity: number
  publish_gate_enabled: boolean
  publish_gate_min_score: number
  store_url: string | null
  sitemap_page_size: number
}

/** Everything the completeness checks look at, read from Medusa's product tables. */
export type ProductFacts = {
  id: string
  title: string | null
  description: string | null
  status: string
  image_count: number
  category_count: number
  /** Product-level shipping data; a variant may carry its own instead. */
  weight: number | null
  length: number | null
  height: number | null
  width: number | null
  variants: VariantFacts[]
  seo: { meta_title: string | null; meta_description: string | null } | null
}

export type VariantFacts = {
  id: string
  title: string | null
  sku: string | null
  /** Currencies with a base price (no price list, no rules) on the variant. */
  price_currencies: string[]
  weight: number | null
  length: number | null
  height: number | null
  width: number | null
}

export type ScoreResult = { score: number; failed: FailedCheck[] }
