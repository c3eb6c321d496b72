import { MathBN } from "@medusajs/framework/utils"
import { ANALYTICS_REPORT_MODULE } from "../../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../../modules/analytics-report/service"
import type {
  ReportColumn,
  ReportContext,
  ReportDefinition,
  ReportGroup,
  ReportRecord,
} from "../../../modules/analytics-report/types"
import { LOYALTY_POINTS_MODULE } from "../../../modules/loyalty-points"
import { factFilter, groupCurrencies, money } from "./helpers"

const COLUMNS: ReportColumn[] = [
  { key: "promotion_id", label: "Promotion ID", type: "text" },
  { key: "code", label: "Code", type: "text" },
  { key: "campaign_id", label: "Campaign", type: "text" },
  { key: "coupon_batch_id", label: "Coupon batch", type: "text" },
  { key: "uses", label: "Orders", type: "count" },
  { key: "discount_cost", label: "Discount cost", type: "money" },
  { key: "attributed_revenue", label: "Attributed revenue", type: "money" },
  { key: "return_on_discount", label: "Return on discount", type: "ratio" },
  { key: "loyalty_points_issued", label: "Points issued", type: "count" },
  { key: "loyalty_points_redeemed", label: "Points redeemed", type: "count" },
  { key: "loyalty_points_expired", label: "Points expired", type: "count" },
  { key: "loyalty_liability", label: "Points liability", type: "money" },
]

type PromotionRow = Awaited<ReturnType<AnalyticsReportModuleService["promotionRows"]>>[number]

const SORTS = ["attributed_revenue", "discount_cost", "uses"] as const

/** Revenue ÷ discount as a number with 2 places (null without discount). */
function returnOnDiscount(revenue: string, discount: string): number | null {
  if (MathBN.eq(discount, 0)) return null
  return Number(MathBN.div(revenue, discount).toFixed(2))
}

function promotionTotals(rows: PromotionRow[]) {
  const uses = rows.reduce((s, r) => s + r.uses, 0)
  const discount = MathBN.sum(0, ...rows.map((r) => r.discount_cost)).toFixed()
  const revenue = MathBN.sum(0, ...rows.map((r) => r.attributed_revenue)).toFixed()
  return {
    uses,
    discount_cost: money(discount),
    attributed_revenue: money(revenue),
    return_on_discount: returnOnDiscount(revenue, discount),
  }
}

type LoyaltyFigures = { issued: number; redeemed: number; expired: number }

/** Points issued (earn + positive adjustments), redeemed and expired in the range, per currency of the entry. */
async function loyaltyFigures(ctx: ReportContext, from: string, to: string) {
  const service: AnalyticsReportModuleService = ctx.container.resolve(ANALYTICS_REPORT_MODULE)
  const loyalty: any = ctx.container.resolve(LOYALTY_POINTS_MODULE)
  const [start] = await service.dayBounds([from], ctx.settings.time_zone)
  const [end] = await service.dayBounds([to], ctx.settings.time_zone)
  const entries: { kind: string; points: number; currency_code: string | null }[] = await loyalty.listLoyaltyEntries(
    { kind: ["earn", "adjust", "redeem", "expire"], created_at: { $gte: start.start, $lt: end.end } },
    { select: ["kind", "points", "currency_code"], take: null }
  )
  const out = new Map<string | null, LoyaltyFigures>()
  for (const e of entries) {
    const f = out.get(e.currency_code ?? null) ?? { issued: 0, redeemed: 0, expired: 0 }
    if (e.kind === "earn" || (e.kind === "adjust" && e.points > 0)) f.issued += e.points
    else if (e.kind === "redeem") f.redeemed += -e.points
    else if (e.kind === "expire") f.expired += -e.points
    out.set(e.currency_code ?? null, f)
  }
  return out
}

/** Outstanding points' value per currency (from the loyalty module; null when no rule values them). */
async function loyaltyLiability(ctx: ReportContext) {
  const loyalty: any = ctx.container.resolve(LOYALTY_POINTS_MODULE)
  const { currencies } = await loyalty.liability()
  return new Map<string, string | null>(
    currencies.map((c: any) => [c.currency_code, c.value === null || c.value === undefined ? null : String(c.value)])
  )
}

/**
 * Marketing: per promotion (non-canceled orders of the range) its uses,
 * discount cost (its adjustments), attributed revenue (those orders'
 * totals), return on discount and the loyalty coupon batch its code belongs
 * to; totals add the loyalty programme: points issued, redeemed and expired
 * in the range and the current liability.
 */
export const marketingReport: ReportDefinition = {
  name: "marketing",
  parts: ["rows"],
  sorts: [...SORTS],
  build: async (ctx) => {
    const service: AnalyticsReportModuleService = ctx.container.resolve(ANALYTICS_REPORT_MODULE)
    const loyalty: any = ctx.container.resolve(LOYALTY_POINTS_MODULE)
    const sort = (ctx.query.sort ?? "attributed_revenue") as (typeof SORTS)[number]
    const direction = ctx.query.order === "asc" ? 1 : -1
    const [rows, previousRows, points, previousPoints, liability] = await Promise.all([
      service.promotionRows(factFilter(ctx)),
      ctx.compare_range ? service.promotionRows(factFilter(ctx, "previous")) : Promise.resolve(null),
      loyaltyFigures(ctx, ctx.range.from, ctx.range.to),
      ctx.compare_range ? loyaltyFigures(ctx, ctx.compare_range.from, ctx.compare_range.to) : Promise.resolve(null),
      loyaltyLiability(ctx),
    ])
    const promotionIds = [...new Set(rows.map((r) => r.promotion_id))]
    const batches: { id: string; promotion_id: string }[] = promotionIds.length
      ? await loyalty.listCouponBatches({ promotion_id: promotionIds }, { select: ["id", "promotion_id"], take: null })
      : []
    const batchOf = new Map<string, string>()
    for (const b of batches) if (!batchOf.has(b.promotion_id)) batchOf.set(b.promotion_id, b.id)

    const notes: string[] = []
    if (ctx.query.convert_to) notes.push("promotions are reported in each currency of sale (convert_to does not apply)")
    if (ctx.query.region_id || ctx.query.sales_channel_id)
      notes.push("loyalty points are store-wide (region and sales-channel filters do not apply)")
    const currencies = groupCurrencies(
      ctx,
      rows.map((r) => r.currency_code),
      (previousRows ?? []).map((r) => r.currency_code),
      [...points.keys()].filter((c): c is string => c !== null),
      [...liability.keys()].filter((c) => c !== "none")
    ).filter((c) => !ctx.query.currency_code || c === ctx.query.currency_code)

    const totalsOf = (
      list: PromotionRow[],
      pts: Map<string | null, LoyaltyFigures> | null,
      code: string,
      withLiability: boolean
    ): ReportRecord => {
      const p = pts?.get(code)
      return {
        ...promotionTotals(list.filter((r) => r.currency_code === code)),
        loyalty_points_issued: p?.issued ?? 0,
        loyalty_points_redeemed: p?.redeemed ?? 0,
        loyalty_points_expired: p?.expired ?? 0,
        loyalty_liability: withLiability ? (liability.has(code) ? money(liability.get(code)) : null) : null,
      }
    }
    const cmp = (a: PromotionRow, b: PromotionRow) => {
      const d = sort === "uses" ? a.uses - b.uses : (MathBN.convert(a[sort]).comparedTo(MathBN.convert(b[sort])) ?? 0)
      return d !== 0 ? d * direction : a.promotion_id < b.promotion_id ? -1 : 1
    }
    const groups: ReportGroup[] = currencies.map((code) => ({
      currency_code: code,
      totals: totalsOf(rows, points, code, true),
      // The liability is a balance now, not a flow: the previous period has none.
      previous: previousRows ? totalsOf(previousRows, previousPoints, code, false) : null,
      series: [],
      rows: rows
        .filter((r) => r.currency_code === code)
        .sort(cmp)
        .slice(0, ctx.query.limit)
        .map((r) => ({
          promotion_id: r.promotion_id,
          code: r.code,
          campaign_id: r.campaign_id,
          coupon_batch_id: batchOf.get(r.promotion_id) ?? null,
          uses: r.uses,
          discount_cost: money(r.discount_cost),
          attributed_revenue: money(r.attributed_revenue),
          return_on_discount: returnOnDiscount(r.attributed_revenue, r.discount_cost),
        })),
    }))
    const unassigned = points.get(null)
    if (unassigned && (unassigned.issued || unassigned.redeemed || unassigned.expired)) {
      notes.push(
        `loyalty entries without a currency: ${unassigned.issued} issued, ${unassigned.redeemed} redeemed, ${unassigned.expired} expired`
      )
    }
    return { columns: COLUMNS, groups, notes }
  },
}
