import type { CatalogQualitySettings, FailedCheck, ProductFacts, ScoreBucket, ScoreResult } from "../types"

/** Completeness checks and their default weights. */
export const COMPLETENESS_WEIGHTS = {
  title_length: 10,
  description_length: 15,
  images: 10,
  variant_skus: 15,
  variant_prices: 15,
  shipping_data: 10,
  categories: 10,
  seo_fields: 5,
  no_placeholder_text: 10,
} as const

/** Consistency checks (see consistency.ts) and their default weights. */
export const CONSISTENCY_WEIGHTS = {
  duplicate_sku: 15,
  duplicate_barcode: 10,
  duplicate_handle: 10,
  near_duplicate_title: 5,
  duplicate_option_values: 10,
  zero_price: 15,
  no_stock: 10,
} as const

export const CHECK_IDS = [...Object.keys(COMPLETENESS_WEIGHTS), ...Object.keys(CONSISTENCY_WEIGHTS)] as CheckId[]
export type CheckId = keyof typeof COMPLETENESS_WEIGHTS | keyof typeof CONSISTENCY_WEIGHTS

export type ScoreSettings = Pick<
  CatalogQualitySettings,
  "check_weights" | "min_title_length" | "min_description_length" | "min_images" | "placeholder_words"
>

/** The weight of every check: defaults overridden by the settings; 0 disables a check. */
export function effectiveWeights(overrides: Record<string, number> = {}): Record<CheckId, number> {
  const out = { ...COMPLETENESS_WEIGHTS, ...CONSISTENCY_WEIGHTS } as Record<CheckId, number>
  for (const id of CHECK_IDS) {
    const w = overrides[id]
    if (typeof w === "number" && Number.isInteger(w) && w >= 0) out[id] = w
  }
  return out
}

const len = (s: string | null | undefined) => (s ?? "").trim().length
const hasDims = (x: { weight: number | null; length: number | null; height: number | null; width: number | null }) =>
  [x.weight, x.length, x.height, x.width].every((v) => v !== null && v !== undefined && Number(v) > 0)

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** The placeholder words found in `texts` (whole words, case-insensitive). */
export function findPlaceholders(texts: (string | null | undefined)[], words: string[]): string[] {
  const found = new Set<string>()
  for (const word of words) {
    const w = word.trim()
    if (!w) continue
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(w)}($|[^\\p{L}\\p{N}])`, "iu")
    if (texts.some((t) => t && re.test(t))) found.add(w)
  }
  return [...found]
}

/**
 * The completeness checks a product fails. `regionCurrencies` are the
 * currencies of the store's regions: every variant needs a price in each.
 */
export function completenessFailures(
  product: ProductFacts,
  regionCurrencies: string[],
  settings: ScoreSettings
): FailedCheck[] {
  const weights = effectiveWeights(settings.check_weights)
  const failed: FailedCheck[] = []
  const fail = (check: keyof typeof COMPLETENESS_WEIGHTS, message: string, fix: string) => {
    if (weights[check] > 0) failed.push({ check, weight: weights[check], message, fix })
  }

  if (len(product.title) < settings.min_title_length) {
    fail(
      "title_length",
      `Title has ${len(product.title)} characters; at least ${settings.min_title_length} expected`,
      "Write a descriptive title"
    )
  }
  if (len(product.description) < settings.min_description_length) {
    fail(
      "description_length",
      `Description has ${len(product.description)} characters; at least ${settings.min_description_length} expected`,
      "Write a fuller description"
    )
  }
  if (product.image_count < settings.min_images) {
    fail(
      "images",
      `${product.image_count} image(s); at least ${settings.min_images} expected`,
      "Upload product images"
    )
  }
  const noSku = product.variants.filter((v) => !len(v.sku))
  if (!product.variants.length || noSku.length) {
    fail(
      "variant_skus",
      product.variants.length
        ? `${noSku.length} of ${product.variants.length} variant(s) have no SKU`
        : "The product has no variants",
      "Give every variant a SKU"
    )
  }
  const currencies = [...new Set(regionCurrencies.map((c) => c.toLowerCase()))].sort()
  const missing: string[] = []
  for (const v of product.variants) {
    const have = new Set(v.price_currencies.map((c) => c.toLowerCase()))
    const lacking = currencies.filter((c) => !have.has(c))
    if (lacking.length) missing.push(`${v.sku || v.title || v.id}: ${lacking.map((c) => c.toUpperCase()).join(", ")}`)
  }
  if (!product.variants.length || missing.length) {
    fail(
      "variant_prices",
      product.variants.length ? `Missing prices: ${missing.join("; ")}` : "The product has no variants to price",
      "Add a price in every region's currency to every variant"
    )
  }
  const productDims = hasDims(product)
  const noDims = product.variants.filter((v) => !productDims && !hasDims(v))
  if (!product.variants.length ? !productDims : noDims.length) {
    fail(
      "shipping_data",
      productDims || !product.variants.length
        ? "Weight or dimensions (length, height, width) are missing"
        : `${noDims.length} variant(s) lack weight or dimensions, and the product has none`,
      "Enter weight and dimensions for shipping"
    )
  }
  if (product.category_count < 1) {
    fail("categories", "The product is in no category", "Add the product to a category")
  }
  if (!len(product.seo?.meta_title) || !len(product.seo?.meta_description)) {
    fail("seo_fields", "Meta title or meta description is empty", "Fill in the SEO fields")
  }
  const placeholders = findPlaceholders(
    [
      product.title,
      product.description,
      product.seo?.meta_title,
      product.seo?.meta_description,
      ...product.variants.map((v) => v.title),
    ],
    settings.placeholder_words
  )
  if (placeholders.length) {
    fail(
      "no_placeholder_text",
      `Placeholder text found: ${placeholders.map((w) => `"${w}"`).join(", ")}`,
      "Replace placeholder text with real copy"
    )
  }
  return failed
}

/**
 * 0-100: the share of the enabled checks' weight that passes, rounded to a
 * whole number. With every check disabled a product scores 100.
 */
export function scoreOf(failed: FailedCheck[], weightOverrides: Record<string, number> = {}): number {
  const weights = effectiveWeights(weightOverrides)
  const total = Object.values(weights).reduce((a, b) => a + b, 0)
  if (total === 0) return 100
  const lost = new Set<string>()
  let lostWeight = 0
  for (const f of failed) {
    if (lost.has(f.check)) continue
    lost.add(f.check)
    lostWeight += weights[f.check as CheckId] ?? 0
  }
  return Math.max(0, Math.round((100 * (total - lostWeight)) / total))
}

/** Completeness failures plus the product's consistency failures, scored. */
export function scoreProduct(
  product: ProductFacts,
  regionCurrencies: string[],
  settings: ScoreSettings,
  consistency: FailedCheck[] = []
): ScoreResult {
  const failed = [...completenessFailures(product, regionCurrencies, settings), ...consistency]
  failed.sort((a, b) => b.weight - a.weight || a.check.localeCompare(b.check))
  return { score: scoreOf(failed, settings.check_weights), failed }
}

/**
 * Fix-list order: published products first, then those selling most, then
 * those with the most score to gain.
 */
export function compareImpact(
  a: { status: string; units_sold: number; score: number },
  b: { status: string; units_sold: number; score: number }
): number {
  const pub = Number(b.status === "published") - Number(a.status === "published")
  if (pub) return pub
  if (b.units_sold !== a.units_sold) return b.units_sold - a.units_sold
  return a.score - b.score
}

/** Buckets of ten points (0-9, ..., 90-100) with their product counts. */
export function scoreDistribution(scores: number[]): ScoreBucket[] {
  return bucketCounts(scores.map((score) => ({ score, count: 1 })))
}

/** The same buckets from (score, count) pairs, as a GROUP BY returns them. */
export function bucketCounts(rows: { score: number; count: number }[]): ScoreBucket[] {
  const buckets = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i === 9 ? 100 : i * 10 + 9, count: 0 }))
  for (const { score, count } of rows) buckets[Math.min(9, Math.floor(Math.max(0, score) / 10))].count += count
  return buckets
}

/**
 * The publish gate's refusal: each product below the minimum with what it
 * misses, heaviest first. Empty when every product passes.
 */
export function publishGateMessage(
  scores: { product_id: string; title: string | null; score: number; failed_checks: FailedCheck[] }[],
  minScore: number
): string {
  const refused = scores.filter((s) => s.score < minScore)
  if (!refused.length) return ""
  const lines = refused.map(
    (s) =>
      `"${s.title || s.product_id}" scores ${s.score} (minimum ${minScore}). Missing: ${s.failed_checks
        .map((f) => f.message)
        .join("; ")}`
  )
  return `Cannot publish: ${lines.join(" | ")}`
}
