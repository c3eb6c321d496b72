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
  /** Currencies the variant has a price in outside price lists (a base or a region price). */
  price_currencies: string[]
  weight: number | null
  length: number | null
  height: number | null
  width: number | null
}

export type ScoreResult = { score: number; failed: FailedCheck[] }

/** A product's score as computed (and stored) with the snapshot the fix list sorts by. */
export type ProductScore = {
  product_id: string
  title: string | null
  handle: string | null
  status: string
  units_sold: number
  score: number
  failed_checks: FailedCheck[]
}

export type RecomputeResult = { recomputed: number; removed: number }

export type FixListFilters = {
  min_score?: number
  max_score?: number
  status?: string[]
  check?: string[]
  limit: number
  offset: number
}

export type ScoreBucket = { from: number; to: number; count: number }

export type FixListResult = {
  products: (ProductScore & { computed_at: Date })[]
  count: number
  /** Every scored product, by buckets of ten points. */
  distribution: ScoreBucket[]
  /** The published ones only. */
  published_distribution: ScoreBucket[]
  summary: { products: number; average_score: number | null }
}

export type ProductSeoData = {
  product_id: string
  meta_title: string | null
  meta_description: string | null
  canonical_handle: string | null
  noindex: boolean
  updated_at?: Date
}

export type SitemapEntry = { type: "product" | "category" | "collection"; handle: string; updated_at: Date }
