import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVENTORY_ALERT_MODULE } from "../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../modules/inventory-alert/service"
import {
  suggestReplenishment,
  type ReplenishmentSuggestion,
} from "../../../modules/inventory-alert/utils/replenishment"

const PAGE = 1000

export type SupplierRef = { id: string; name: string; lead_time_days: number; minimum_order_quantity: number }

export type ItemReplenishment = ReplenishmentSuggestion & {
  inventory_item_id: string
  sku: string | null
  title: string | null
  stocked: number
  reserved: number
  available: number
  incoming: number
  units_sold: number
  waiting_demand: number
  supplier: SupplierRef | null
  unit_cost: number | null
  currency_code: string | null
  per_location: { location_id: string; stocked: number; reserved: number; available: number; incoming: number }[]
}

async function graphAll(query: any, entity: string, fields: string[], filters: Record<string, unknown>) {
  const rows: any[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({ entity, fields, filters, pagination: { skip, take: PAGE } })
    rows.push(...data)
    if (data.length < PAGE) return rows
  }
}

/**
 * Units sold per inventory item since `since`, from orders that were not
 * canceled (each variant unit counts its inventory items' required quantity).
 */
export async function unitsSoldByItem(container: MedusaContainer, since: Date): Promise<Map<string, number>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orders = await graphAll(query, "order", ["id", "status", "items.variant_id", "items.quantity"], {
    created_at: { $gte: since },
    status: { $nin: ["canceled", "draft"] },
  })
  const byVariant = new Map<string, number>()
  for (const order of orders) {
    for (const item of order.items ?? []) {
      if (!item?.variant_id) continue
      byVariant.set(item.variant_id, (byVariant.get(item.variant_id) ?? 0) + Number(item.quantity ?? 0))
    }
  }
  const result = new Map<string, number>()
  if (!byVariant.size) return result
  const variants = await graphAll(
    query,
    "variant",
    ["id", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
    { id: [...byVariant.keys()] }
  )
  for (const variant of variants) {
    for (const link of variant.inventory_items ?? []) {
      const units = (byVariant.get(variant.id) ?? 0) * Number(link.required_quantity ?? 1)
      result.set(link.inventory_item_id, (result.get(link.inventory_item_id) ?? 0) + units)
    }
  }
  return result
}

/** Waiting back-in-stock shoppers per inventory item (one unit each, times the variant's required quantity). */
async function waitingDemandByItem(container: MedusaContainer): Promise<Map<string, number>> {
  const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
  const waiting = await service.listBackInStockSubscriptions(
    { status: "waiting" },
    { select: ["variant_id"], take: 100_000 }
  )
  const result = new Map<string, number>()
  if (!waiting.length) return result
  const perVariant = new Map<string, number>()
  waiting.forEach((w) => perVariant.set(w.variant_id, (perVariant.get(w.variant_id) ?? 0) + 1))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variants = await graphAll(
    query,
    "variant",
    ["id", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
    { id: [...perVariant.keys()] }
  )
  for (const variant of variants) {
    for (const link of variant.inventory_items ?? []) {
      const units = (perVariant.get(variant.id) ?? 0) * Number(link.required_quantity ?? 1)
      result.set(link.inventory_item_id, (result.get(link.inventory_item_id) ?? 0) + units)
    }
  }
  return result
}

/** Preferred supplier item per inventory item, from the purchasing module when it is installed. */
async function suppliersByItem(container: MedusaContainer, itemIds: string[]) {
  const result = new Map<string, { supplier: SupplierRef; unit_cost: number; currency_code: string }>()
  const purchasing: any = container.resolve("purchasing", { allowUnregistered: true })
  if (!purchasing?.listSupplierItems || !itemIds.length) return result
  for (let i = 0; i < itemIds.length; i += PAGE) {
    const rows = await purchasing.listSupplierItems(
      { inventory_item_id: itemIds.slice(i, i + PAGE) },
      { relations: ["supplier"], take: null }
    )
    for (const row of rows) {
      const current = result.get(row.inventory_item_id)
      if (current && !row.is_preferred) continue
      if (!row.supplier) continue
      result.set(row.inventory_item_id, {
        supplier: {
          id: row.supplier.id,
          name: row.supplier.name,
          lead_time_days: Number(row.supplier.lead_time_days ?? 0),
          minimum_order_quantity: Number(row.supplier.minimum_order_quantity ?? 0),
        },
        unit_cost: Number(row.cost_price),
        currency_code: row.currency_code,
      })
    }
  }
  return result
}

/**
 * Stock, sales velocity, waiting demand, supplier terms and the resulting
 * suggestion for every inventory item (or the listed ones), optionally
 * measured at one location.
 */
export async function computeReplenishment(
  container: MedusaContainer,
  options: { inventory_item_ids?: string[]; location_id?: string | null }
): Promise<{ window_days: number; items: ItemReplenishment[] }> {
  const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
  const settings = await service.getSettings()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const items = await graphAll(
    query,
    "inventory_item",
    [
      "id",
      "sku",
      "title",
      "location_levels.location_id",
      "location_levels.stocked_quantity",
      "location_levels.reserved_quantity",
      "location_levels.incoming_quantity",
    ],
    options.inventory_item_ids ? { id: options.inventory_item_ids } : {}
  )
  const itemIds = items.map((i) => i.id as string)
  const since = new Date(Date.now() - settings.velocity_window_days * 86_400_000)
  const [sold, waiting, suppliers, thresholds] = await Promise.all([
    unitsSoldByItem(container, since),
    waitingDemandByItem(container),
    suppliersByItem(container, itemIds),
    itemIds.length
      ? service.listInventoryThresholds({ inventory_item_id: itemIds, location_id: null }, { take: null })
      : Promise.resolve([]),
  ])
  const safetyByItem = new Map(thresholds.map((t) => [t.inventory_item_id, t.safety_stock]))

  const result: ItemReplenishment[] = items.map((item) => {
    const perLocation = (item.location_levels ?? [])
      .filter((l: any) => !options.location_id || l.location_id === options.location_id)
      .map((l: any) => {
        const stocked = Number(l.stocked_quantity ?? 0)
        const reserved = Number(l.reserved_quantity ?? 0)
        return {
          location_id: l.location_id,
          stocked,
          reserved,
          available: stocked - reserved,
          incoming: Number(l.incoming_quantity ?? 0),
        }
      })
    const sum = (key: "stocked" | "reserved" | "available" | "incoming") =>
      perLocation.reduce((total: number, l: any) => total + l[key], 0)
    const supplier = suppliers.get(item.id)
    const suggestion = suggestReplenishment({
      available: sum("available"),
      incoming: sum("incoming"),
      units_sold: sold.get(item.id) ?? 0,
      window_days: settings.velocity_window_days,
      lead_time_days: supplier?.supplier.lead_time_days ?? settings.default_lead_time_days,
      safety_stock: safetyByItem.get(item.id) ?? null,
      safety_stock_days: settings.safety_stock_days,
      waiting_demand: waiting.get(item.id) ?? 0,
      minimum_order_quantity: supplier?.supplier.minimum_order_quantity ?? null,
      cover_days: settings.velocity_window_days,
    })
    return {
      ...suggestion,
      inventory_item_id: item.id,
      sku: item.sku ?? null,
      title: item.title ?? null,
      stocked: sum("stocked"),
      reserved: sum("reserved"),
      available: sum("available"),
      incoming: sum("incoming"),
      units_sold: sold.get(item.id) ?? 0,
      waiting_demand: waiting.get(item.id) ?? 0,
      supplier: supplier?.supplier ?? null,
      unit_cost: supplier?.unit_cost ?? null,
      currency_code: supplier?.currency_code ?? null,
      per_location: perLocation,
    }
  })
  return { window_days: settings.velocity_window_days, items: result }
}
