import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { INVENTORY_ALERT_MODULE } from "../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../modules/inventory-alert/service"
import { computeReplenishment } from "./utils/replenishment-data"

export const getInventoryInsightsWorkflowId = "inventory-get-insights"

const getInsightsStep = createStep(
  "inventory-get-insights-step",
  async (input: { inventory_item_id: string }, { container }) => {
    const { items } = await computeReplenishment(container, { inventory_item_ids: [input.inventory_item_id] })
    const item = items[0]
    if (!item) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Inventory item ${input.inventory_item_id} was not found`)
    }
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const settings = await service.getSettings()
    const [thresholds, activeAlerts, ledger, waiting] = await Promise.all([
      service.listInventoryThresholds({ inventory_item_id: item.inventory_item_id }),
      service.listInventoryAlerts(
        { inventory_item_id: item.inventory_item_id, recovered_at: null },
        { order: { raised_at: "DESC" } }
      ),
      service.listStockLedgerEntries(
        { inventory_item_id: item.inventory_item_id },
        { order: { created_at: "DESC" }, take: 10 }
      ),
      query.graph({
        entity: "inventory_item",
        fields: ["id", "variants.id"],
        filters: { id: item.inventory_item_id },
      }),
    ])
    const variantIds = (waiting.data[0]?.variants ?? []).map((v: any) => v.id)
    const waitingCount = variantIds.length
      ? (
          await service.listAndCountBackInStockSubscriptions({ variant_id: variantIds, status: "waiting" }, { take: 1 })
        )[1]
      : 0
    const locationIds = item.per_location.map((l) => l.location_id)
    const { data: locations } = locationIds.length
      ? await query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: locationIds } })
      : { data: [] }
    const names = new Map(locations.map((l: any) => [l.id, l.name]))
    return new StepResponse({
      inventory_item_id: item.inventory_item_id,
      stocked: item.stocked,
      reserved: item.reserved,
      available: item.available,
      incoming: item.incoming,
      per_location: item.per_location.map((l) => ({ ...l, location_name: names.get(l.location_id) ?? null })),
      thresholds,
      // The summed (all locations) threshold: the item's own, else the store default.
      effective_threshold: thresholds.find((t) => t.location_id === null)?.threshold ?? settings.default_threshold,
      active_alerts: activeAlerts,
      units_sold: item.units_sold,
      velocity_per_day: item.velocity_per_day,
      days_of_cover: item.days_of_cover,
      suggestion: {
        reorder_point: item.reorder_point,
        suggested_quantity: item.suggested_quantity,
        needs_reorder: item.needs_reorder,
        safety_stock: item.safety_stock,
      },
      supplier: item.supplier,
      waiting_subscribers: waitingCount,
      recent_ledger: ledger,
    })
  }
)

/** Everything the inventory item widget shows, in one read. */
export const getInventoryInsightsWorkflow = createWorkflow(
  getInventoryInsightsWorkflowId,
  (input: { inventory_item_id: string }) => new WorkflowResponse(getInsightsStep(input))
)
