import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVENTORY_ALERT_MODULE } from "../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../modules/inventory-alert/service"
import { parseQuery } from "../../validation"
import { AdminListStockLedger } from "../inventory-alerts/validators"

/** GET /admin/stock-ledger — every recorded change of stocked quantity, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, created_after, created_before, ...rest } = parseQuery(AdminListStockLedger, req.query)
  const filters: Record<string, unknown> = { ...rest }
  if (created_after || created_before) {
    filters.created_at = {
      ...(created_after ? { $gte: created_after } : {}),
      ...(created_before ? { $lt: created_before } : {}),
    }
  }
  const service: InventoryAlertModuleService = req.scope.resolve(INVENTORY_ALERT_MODULE)
  const [entries, count] = await service.listAndCountStockLedgerEntries(filters, {
    order: { created_at: "DESC", id: "DESC" },
    skip: offset,
    take: limit,
  })
  res.json({
    stock_ledger_entries: entries.map((e) => ({
      ...e,
      quantity_before: Number(e.quantity_before),
      quantity_after: Number(e.quantity_after),
      delta: Number(e.delta),
    })),
    count,
    offset,
    limit,
  })
}
