import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVENTORY_ALERT_MODULE } from "../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../modules/inventory-alert/service"
import { upsertThresholdWorkflow } from "../../../workflows/inventory/upsert-threshold"
import { parseQuery } from "../../validation"
import { AdminListInventoryThresholds, type AdminUpsertInventoryThresholdType } from "../inventory-alerts/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filters } = parseQuery(AdminListInventoryThresholds, req.query)
  const service: InventoryAlertModuleService = req.scope.resolve(INVENTORY_ALERT_MODULE)
  const [thresholds, count] = await service.listAndCountInventoryThresholds(filters, {
    order: { inventory_item_id: "ASC", location_id: "ASC" },
    skip: offset,
    take: limit,
  })
  res.json({ inventory_thresholds: thresholds, count, offset, limit })
}

/** POST /admin/inventory-thresholds — set (create or replace) the threshold of an item, overall or at one location. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpsertInventoryThresholdType>, res: MedusaResponse) {
  const { result } = await upsertThresholdWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor: req.auth_context.actor_id },
  })
  res.json({ inventory_threshold: result })
}
