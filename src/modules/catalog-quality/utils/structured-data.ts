/**
 * Storefront SEO output: JSON-LD Product data and sitemaps (sitemaps.org
 * protocol). Pure: unit-tested without a database.
 */

export const SITEMAP_MAX_URLS = 50_000

export type JsonLdVariant = {
  sku: string | null
  title: string | null
  /** In the currency's main unit, as Medusa stores amounts (e.g. 19.5 = 19.50). */
  amount: number | string | null
  currency_code: string | null
  /** "in_stock" when sellable now, "backorder" when only by back-order, else "out_of_stock". */
  availability: "in_stock" | "backorder" | "out_of_stock"
}

const SCHEMA_AVAILABILITY = {
  in_stock: "https://schema.org/InStock",
  backorder: "https://schema.org/BackOrder",
  out_of_stock: "https://schema.org/OutOfStock",
} as const

/** The availability of a variant from Medusa's flags and its available quantity in the channel. */
export function availabilityOf(v: { manage_inventory?: boolean | null; allow_backorder?: boolean | null }, quantity: number | null) {
  if (v.manage_inventory === false) return "in_stock" as const
  if ((quantity ?? 0) > 0) return "in_stock" as const
  return v.allow_backorder ? ("backorder" as const) : ("out_of_stock" as const)
}

/** Trims an absolute base URL and joins a path to it. */
export const joinUrl = (base: string, path: string) => `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`

/** A schema.org Product with one Offer per priced variant. */
export function productJsonLd(input: {
  url: string
  name: string
  description: string | null
  images: string[]
  brand: string | null
  variants: JsonLdVariant[]
}) {
  const priced = input.variants.filter((v) => v.amount !== null && v.amount !== undefined && v.currency_code)
  const sku = input.variants.find((v) => v.sku)?.sku ?? undefined
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    "@id": input.url,
    url: input.url,
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    ...(input.images.length ? { image: input.images } : {}),
    ...(sku ? { sku } : {}),
    ...(input.brand ? { brand: { "@type": "Brand", name: input.brand } } : {}),
    offers: priced.map((v) => ({
      "@type": "Offer",
      url: input.url,
      ...(v.sku ? { sku: v.sku } : {}),
      ...(v.title ? { name: v.title } : {}),
      price: String(v.amount),
      priceCurrency: v.currency_code!.toUpperCase(),
      availability: SCHEMA_AVAILABILITY[v.availability],
    })),
  }
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }
export const xmlEscape = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c])

const isoDate = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

/** A <urlset> of absolute URLs. */
export function urlsetXml(urls: { loc: string; lastmod?: Date | string | null }[]): string {
  const body = urls
    .map((u) => {
      const lastmod = isoDate(u.lastmod)
      return `  <url><loc>${xmlEscape(u.loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}</url>`
    })
    .join("\n")
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}${body ? "\n" : ""}</urlset>\n`
}

/** A <sitemapindex> of the pages' absolute URLs. */
export function sitemapIndexXml(locs: string[]): string {
  const body = locs.map((loc) => `  <sitemap><loc>${xmlEscape(loc)}</loc></sitemap>`).join("\n")
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`
}

/**
 * What to serve: the single sitemap when everything fits one page (and no
 * page was asked for), an index of the pages when not, or one page.
 * `null` for a page that does not exist.
 */
export function sitemapPlan(total: number, pageSize: number, page: number | undefined) {
  const size = Math.max(1, Math.min(pageSize, SITEMAP_MAX_URLS))
  const pages = Math.max(1, Math.ceil(total / size))
  if (page === undefined) return pages === 1 ? { kind: "urlset" as const, from: 0, to: total } : { kind: "index" as const, pages }
  if (page < 1 || page > pages) return null
  return { kind: "urlset" as const, from: (page - 1) * size, to: Math.min(total, page * size) }
}
