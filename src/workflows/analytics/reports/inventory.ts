import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { ANALYTICS_REPORT_MODULE } from "../../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../../modules/analytics-report/service"
import type { ReportColumn, ReportDefinition, ReportGroup, ReportRecord } from "../../../modules/analytics-report/types"
import {
  daysOfCover,
  isDeadStock,
  pickUnitCosts,
  valueAtCost,
  type SupplierCost,
} from "../../../modules/analytics-report/utils/inventory"
import { dayInTimeZone, spanDays, today } from "../../../modules/analytics-report/utils/periods"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import { factFilter, money } from "./helpers"

const COLUMNS: ReportColumn[] = [
  { key: "stock_on_hand", label: "Stock on hand", type: "count" },
  { key: "stock_value_at_cost", label: "Stock value at cost", type: "money" },
  { key: "stock_outs", label: "Stock-outs", type: "count" },
  { key: "dead_stock_items", label: "Dead stock items", type: "count" },
  { key: "items", label: "Items", type: "count" },
  { key: "inventory_item_id", label: "Inventory item", type: "text" },
  { key: "sku", label: "SKU", type: "text" },
  { key: "title", label: "Title", type: "text" },
  { key: "stocked", label: "Stocked", type: "count" },
  { key: "reserved", label: "Reserved", type: "count" },
  { key: "available", label: "Available", type: "count" },
  { key: "units_sold", label: "Units sold", type: "count" },
  { key: "days_of_cover", label: "Days of cover", type: "days" },
  { key: "last_sold_at", label: "Last sold", type: "date" },
  { key: "unit_cost", label: "Unit cost", type: "money" },
  { key: "value_at_cost", label: "Value at cost", type: "money" },
  { key: "is_dead_stock", label: "Dead stock", type: "text" },
]

/** Sort keys; the first is the default. days_of_cover and last_sold_at default to ascending (most urgent first). */
export const INVENTORY_SORTS = ["days_of_cover", "value_at_cost", "available", "stocked", "units_sold", "last_sold_at"]
const ASCENDING_BY_DEFAULT = new Set(["days_of_cover", "last_sold_at"])

type ItemRow = {
  inventory_item_id: string
  sku: string | null
  title: string | null
  stocked: number
  reserved: number
  available: number
  units_sold: number
  days_of_cover: number | null
  last_sold_at: string | null
  unit_cost: string | null
  value_at_cost: string | null
  is_dead_stock: boolean
  has_levels: boolean
  currency_code: string | null
}

function compareBy(key: string, order: "asc" | "desc") {
  return (a: ItemRow, b: ItemRow) => {
    const va = (a as any)[key] as number | string | null
    const vb = (b as any)[key] as number | string | null
    if (va === null || vb === null) {
      if (va === vb) return a.inventory_item_id < b.inventory_item_id ? -1 : 1
      return va === null ? 1 : -1 // nulls last either way
    }
    let cmp: number
    if (key === "value_at_cost") cmp = MathBN.convert(va).comparedTo(MathBN.convert(vb)) ?? 0
    else cmp = va < vb ? -1 : va > vb ? 1 : 0
    if (cmp === 0) return a.inventory_item_id < b.inventory_item_id ? -1 : 1
    return order === "asc" ? cmp : -cmp
  }
}

/**
 * Inventory report: stock is a snapshot of now (Medusa's inventory levels,
 * at the sales channel's stock locations when `sales_channel_id` is given);
 * the range is the sales window for days of cover. One group per currency of
 * the unit cost (purchasing module: preferred supplier's cost, else the most
 * recently updated one); items without a cost form the group without
 * currency and have no value at cost.
 */
export const inventoryReport: ReportDefinition = {
  name: "inventory",
  parts: ["rows"],
  sorts: INVENTORY_SORTS,
  build: async (ctx) => {
    const service: AnalyticsReportModuleService = ctx.container.resolve(ANALYTICS_REPORT_MODULE)
    const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
    const notes: string[] = []
    const tz = ctx.settings.time_zone
    const todayDay = today(tz)

    const [{ data: items }, { data: links }, units, lastSold] = await Promise.all([
      query.graph({
        entity: "inventory_item",
        fields: [
          "id",
          "sku",
          "title",
          "created_at",
          "location_levels.location_id",
          "location_levels.stocked_quantity",
          "location_levels.reserved_quantity",
        ],
      }),
      query.graph({
        entity: "product_variant_inventory_items",
        fields: ["variant_id", "inventory_item_id", "required_quantity"],
      }),
      service.variantUnits(factFilter(ctx)),
      service.variantLastSold(),
    ])

    let locationIds: Set<string> | null = null
    if (ctx.query.sales_channel_id) {
      const { data } = await query.graph({
        entity: "sales_channel_locations",
        fields: ["stock_location_id"],
        filters: { sales_channel_id: ctx.query.sales_channel_id },
      })
      locationIds = new Set(data.map((l: any) => l.stock_location_id))
    }
    if (ctx.query.region_id) {
      notes.push("region_id filters the units sold only: stock belongs to stock locations, not regions.")
    }

    let costs = new Map<string, { cost: string; currency_code: string }>()
    try {
      const purchasing = ctx.container.resolve(PURCHASING_MODULE) as any
      const supplierItems: SupplierCost[] = await purchasing.listSupplierItems(
        {},
        { select: ["inventory_item_id", "cost_price", "currency_code", "is_preferred", "updated_at"], take: null }
      )
      costs = pickUnitCosts(supplierItems)
    } catch {
      notes.push("The purchasing module is not available: no value at cost.")
    }

    const variantsOf = new Map<string, { variant_id: string; required: number }[]>()
    for (const l of links as any[]) {
      const list = variantsOf.get(l.inventory_item_id) ?? []
      list.push({ variant_id: l.variant_id, required: Math.max(1, Number(l.required_quantity ?? 1)) })
      variantsOf.set(l.inventory_item_id, list)
    }
    const windowDays = spanDays(ctx.range.from, ctx.range.to)

    const rows: ItemRow[] = []
    for (const item of items as any[]) {
      const levels = (item.location_levels ?? []).filter((l: any) => !locationIds || locationIds.has(l.location_id))
      if (locationIds && !levels.length) continue
      const stocked = levels.reduce((s: number, l: any) => s + Number(l.stocked_quantity ?? 0), 0)
      const reserved = levels.reduce((s: number, l: any) => s + Number(l.reserved_quantity ?? 0), 0)
      const available = stocked - reserved
      let sold = 0
      let last: string | null = null
      for (const v of variantsOf.get(item.id) ?? []) {
        sold += (units.get(v.variant_id) ?? 0) * v.required
        const day = lastSold.get(v.variant_id)
        if (day && (!last || day > last)) last = day
      }
      const cost = costs.get(item.id) ?? null
      rows.push({
        inventory_item_id: item.id,
        sku: item.sku ?? null,
        title: item.title ?? null,
        stocked,
        reserved,
        available,
        units_sold: sold,
        days_of_cover: daysOfCover(available, sold, windowDays),
        last_sold_at: last,
        unit_cost: cost ? money(cost.cost) : null,
        value_at_cost: cost ? money(valueAtCost(stocked, cost.cost)) : null,
        is_dead_stock: isDeadStock({
          stocked,
          last_sold_day: last,
          created_day: dayInTimeZone(item.created_at, tz),
          today: todayDay,
          dead_days: ctx.settings.dead_stock_days,
        }),
        has_levels: levels.length > 0,
        currency_code: cost?.currency_code ?? null,
      })
    }

    const sort = ctx.query.sort ?? INVENTORY_SORTS[0]
    const order = ctx.query.order ?? (ASCENDING_BY_DEFAULT.has(sort) ? "asc" : "desc")
    const byGroup = new Map<string | null, ItemRow[]>()
    for (const r of rows) {
      if (ctx.query.currency_code && r.currency_code !== ctx.query.currency_code) continue
      const list = byGroup.get(r.currency_code) ?? []
      list.push(r)
      byGroup.set(r.currency_code, list)
    }

    const keys = [...byGroup.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
    const groups: ReportGroup[] = keys.map((code) => {
      const list = byGroup.get(code)!
      const totals: ReportRecord = {
        stock_on_hand: list.reduce((s, r) => s + r.stocked, 0),
        stock_value_at_cost:
          code === null
            ? null
            : money(list.reduce((sum, r) => MathBN.add(sum, r.value_at_cost ?? 0), MathBN.convert(0)).toFixed()),
        stock_outs: list.filter((r) => r.has_levels && r.available <= 0).length,
        dead_stock_items: list.filter((r) => r.is_dead_stock).length,
        items: list.length,
      }
      const ranked = [...list].sort(compareBy(sort, order)).slice(0, ctx.query.limit)
      return {
        currency_code: code,
        totals,
        previous: null,
        series: [],
        rows: ranked.map(({ has_levels: _l, currency_code: _c, ...row }) => row),
      }
    })

    const uncosted = rows.filter((r) => r.currency_code === null).length
    if (uncosted && uncosted < rows.length) {
      notes.push(
        `${uncosted} of ${rows.length} items have no supplier cost: their stock is in the group without currency, with no value at cost.`
      )
    } else if (uncosted && rows.length) {
      notes.push("No item has a supplier cost: stock value at cost is unknown.")
    }
    notes.push(
      `Stock is a snapshot of now; days of cover = available ÷ daily units sold over the range (${windowDays} days); dead stock = stock on hand and no sale in the last ${ctx.settings.dead_stock_days} days.`
    )
    if (ctx.compare_range) notes.push("Inventory has no previous period: it is a snapshot.")
    return { columns: COLUMNS, groups, notes }
  },
}
