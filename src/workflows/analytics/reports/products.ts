import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { ANALYTICS_REPORT_MODULE } from "../../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../../modules/analytics-report/service"
import type {
  ReportColumn,
  ReportContext,
  ReportDefinition,
  ReportGroup,
  ReportRecord,
} from "../../../modules/analytics-report/types"
import { factFilter, groupCurrencies, money, ratio } from "./helpers"

const COLUMNS: ReportColumn[] = [
  { key: "product_id", label: "Product ID", type: "text" },
  { key: "title", label: "Product", type: "text" },
  { key: "units", label: "Units sold", type: "count" },
  { key: "revenue", label: "Revenue", type: "money" },
  { key: "returned_units", label: "Returned units", type: "count" },
  { key: "return_rate", label: "Return rate", type: "ratio" },
  { key: "sell_through", label: "Sell-through", type: "ratio" },
]

type Totals = { units: number; returned_units: number; revenue: string }

function totalsRecord(t: Totals | undefined): ReportRecord {
  const units = t?.units ?? 0
  const returned = t?.returned_units ?? 0
  return { units, revenue: money(t?.revenue ?? "0"), returned_units: returned, return_rate: ratio(returned, units) }
}

/**
 * Current title and stocked units of products (units a variant can be made
 * of: stocked ÷ required quantity, over every location). null stock = no
 * variant of the product manages inventory.
 */
async function productStock(ctx: ReportContext, productIds: string[]) {
  const out = new Map<string, { title: string | null; stocked: number | null }>()
  if (!productIds.length) return out
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "variants.id",
      "variants.manage_inventory",
      "variants.inventory_items.required_quantity",
      "variants.inventory_items.inventory.location_levels.stocked_quantity",
    ],
    filters: { id: productIds },
  })
  for (const p of data as any[]) {
    let tracked = false
    let stocked = 0
    for (const v of p.variants ?? []) {
      if (!v?.manage_inventory) continue
      tracked = true
      const links = (v.inventory_items ?? []).filter(Boolean)
      // A variant made of several items is stocked as often as its scarcest item allows.
      const perItem = links.map((link: any) => {
        const levels = link.inventory?.location_levels ?? []
        const total = levels.reduce((s: number, l: any) => s + Number(l?.stocked_quantity ?? 0), 0)
        return Math.floor(total / Math.max(Number(link.required_quantity ?? 1), 1))
      })
      stocked += perItem.length ? Math.min(...perItem) : 0
    }
    out.set(p.id, { title: p.title ?? null, stocked: tracked ? stocked : null })
  }
  return out
}

/**
 * Products: top (order=desc, default) or bottom (order=asc) sellers per
 * currency by revenue (subtotal − discounts of non-canceled lines, default)
 * or units. Returns and sell-through (units sold ÷ (units sold + stocked
 * now)) per product; only products sold in the range are ranked.
 */
export const productsReport: ReportDefinition = {
  name: "products",
  parts: ["rows"],
  sorts: ["revenue", "units"],
  build: async (ctx) => {
    const service: AnalyticsReportModuleService = ctx.container.resolve(ANALYTICS_REPORT_MODULE)
    const sort = (ctx.query.sort ?? "revenue") as "revenue" | "units"
    const order = ctx.query.order ?? "desc"
    const filter = factFilter(ctx)
    const [ranked, totals, previous] = await Promise.all([
      service.productRanking(filter, { sort, order, limit: ctx.query.limit }),
      service.productTotals(filter),
      ctx.compare_range ? service.productTotals(factFilter(ctx, "previous")) : Promise.resolve(null),
    ])
    const stock = await productStock(ctx, [...new Set(ranked.map((r) => r.product_id))])
    const notes: string[] = []
    if (ctx.query.convert_to) notes.push("products are ranked in each currency of sale (convert_to does not apply)")
    const totalsBy = new Map(totals.map((t) => [t.currency_code, t]))
    const previousBy = new Map((previous ?? []).map((t) => [t.currency_code, t]))
    const currencies = groupCurrencies(ctx, totalsBy.keys(), previousBy.keys())
    const groups: ReportGroup[] = currencies.map((code) => ({
      currency_code: code,
      totals: totalsRecord(totalsBy.get(code)),
      previous: previous ? totalsRecord(previousBy.get(code)) : null,
      series: [],
      rows: ranked
        .filter((r) => r.currency_code === code)
        .map((r) => {
          const s = stock.get(r.product_id)
          const stocked = s?.stocked ?? null
          return {
            product_id: r.product_id,
            title: s?.title ?? r.title,
            units: r.units,
            revenue: money(r.revenue),
            returned_units: r.returned_units,
            return_rate: ratio(r.returned_units, r.units),
            sell_through: stocked === null ? null : ratio(r.units, MathBN.add(r.units, stocked).toNumber()),
          }
        }),
    }))
    return { columns: COLUMNS, groups, notes }
  },
}
