import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVENTORY_ALERT_MODULE } from "../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../modules/inventory-alert/service"
import { parseQuery } from "../../validation"
import { AdminListInventoryAlerts } from "./validators"

/** GET /admin/inventory-alerts — alerts with their item and location, filtered and paginated. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = parseQuery(AdminListInventoryAlerts, req.query)
  const service: InventoryAlertModuleService = req.scope.resolve(INVENTORY_ALERT_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const filters: Record<string, unknown> = {}
  if (params.status) filters.status = params.status
  if (params.kind) filters.kind = params.kind
  if (params.severity) filters.severity = params.severity
  if (params.location_id) filters.location_id = params.location_id
  if (params.inventory_item_id) filters.inventory_item_id = params.inventory_item_id
  if (params.q) {
    const like = `%${params.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`
    const { data: matches } = await query.graph({
      entity: "inventory_item",
      fields: ["id"],
      filters: { $or: [{ sku: { $ilike: like } }, { title: { $ilike: like } }] },
      pagination: { take: 1000 },
    })
    const ids: string[] = matches.map((m: any) => m.id)
    const wanted = params.inventory_item_id ? ids.filter((id) => id === params.inventory_item_id) : ids
    if (!wanted.length) return res.json({ inventory_alerts: [], count: 0, offset: params.offset, limit: params.limit })
    filters.inventory_item_id = wanted
  }
  const [column, direction] = params.order.startsWith("-")
    ? [params.order.slice(1), "DESC" as const]
    : [params.order, "ASC" as const]
  const [alerts, count] = await service.listAndCountInventoryAlerts(filters, {
    order: { [column]: direction, id: "ASC" },
    skip: params.offset,
    take: params.limit,
  })

  const itemIds = [...new Set(alerts.map((a) => a.inventory_item_id))]
  const locationIds = [...new Set(alerts.map((a) => a.location_id).filter((l): l is string => !!l))]
  const [{ data: items }, { data: locations }] = await Promise.all([
    itemIds.length
      ? query.graph({ entity: "inventory_item", fields: ["id", "sku", "title"], filters: { id: itemIds } })
      : Promise.resolve({ data: [] as any[] }),
    locationIds.length
      ? query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: locationIds } })
      : Promise.resolve({ data: [] as any[] }),
  ])
  const itemById = new Map(items.map((i: any) => [i.id, i]))
  const locationById = new Map(locations.map((l: any) => [l.id, l]))
  res.json({
    inventory_alerts: alerts.map((a) => ({
      ...a,
      inventory_item: itemById.get(a.inventory_item_id) ?? null,
      location: a.location_id ? (locationById.get(a.location_id) ?? null) : null,
    })),
    count,
    offset: params.offset,
    limit: params.limit,
  })
}
