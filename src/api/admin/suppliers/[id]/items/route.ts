import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IInventoryService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PURCHASING_MODULE } from "../../../../../modules/purchasing"
import type PurchasingModuleService from "../../../../../modules/purchasing/service"
import { upsertSupplierItemsWorkflow } from "../../../../../workflows/purchasing/upsert-supplier-items"
import { parseQuery } from "../../../../validation"
import { AdminListSupplierItems, type AdminUpsertSupplierItemsType } from "../../validators"

async function withInventoryItems(scope: AuthenticatedMedusaRequest["scope"], items: any[]) {
  if (!items.length) return items
  const inventory: IInventoryService = scope.resolve(Modules.INVENTORY)
  const found = await inventory.listInventoryItems(
    { id: items.map((i) => i.inventory_item_id) },
    { select: ["id", "sku", "title"], withDeleted: true }
  )
  const byId = new Map(found.map((i) => [i.id, i]))
  return items.map((i) => ({ ...i, inventory_item: byId.get(i.inventory_item_id) ?? null }))
}

/** GET /admin/suppliers/:id/items — the supplier's cost prices. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = parseQuery(AdminListSupplierItems, req.query)
  const purchasing: PurchasingModuleService = req.scope.resolve(PURCHASING_MODULE)
  await purchasing.retrieveSupplier(req.params.id)
  const [items, count] = await purchasing.listAndCountSupplierItems(
    { supplier_id: req.params.id },
    { order: { created_at: "ASC" }, skip: offset, take: limit }
  )
  res.json({ supplier_items: await withInventoryItems(req.scope, items), count, offset, limit })
}

/** POST /admin/suppliers/:id/items [{ inventory_item_id, cost_price, ... }] — add or update costs. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpsertSupplierItemsType>, res: MedusaResponse) {
  const { result } = await upsertSupplierItemsWorkflow(req.scope).run({
    input: { supplier_id: req.params.id, items: req.validatedBody.items },
  })
  res.json({ supplier_items: await withInventoryItems(req.scope, result) })
}
