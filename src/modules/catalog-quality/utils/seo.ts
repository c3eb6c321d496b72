import type { ProductSeoData } from "../types"

/** Lengths search engines show in full; longer values are allowed, with a warning. */
export const META_TITLE_MAX = 60
export const META_DESCRIPTION_MAX = 160
/** A handle as Medusa makes them: lower-case words joined by hyphens. */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export type LengthGuidance = { length: number; max: number; status: "empty" | "ok" | "too_long" }

const lengthOf = (value: string | null | undefined, max: number): LengthGuidance => {
  const length = [...(value ?? "").trim()].length
  return { length, max, status: length === 0 ? "empty" : length > max ? "too_long" : "ok" }
}

/** Length guidance for the SEO fields, and the title/description/handle the storefront will actually use. */
export function seoGuidance(
  seo: Pick<ProductSeoData, "meta_title" | "meta_description" | "canonical_handle"> | null,
  product: { title?: string | null; handle?: string | null; description?: string | null }
) {
  return {
    meta_title: lengthOf(seo?.meta_title, META_TITLE_MAX),
    meta_description: lengthOf(seo?.meta_description, META_DESCRIPTION_MAX),
    effective: {
      title: seo?.meta_title?.trim() || product.title || null,
      handle: seo?.canonical_handle?.trim() || product.handle || null,
    },
  }
}
