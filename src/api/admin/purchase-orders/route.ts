import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"
import { createPurchaseOrderWorkflow } from "../../../workflows/purchasing/create-purchase-order"
import { parseQuery } from "../../validation"
import { retrievePurchaseOrderDetail, withSuppliers } from "./helpers"
import { AdminListPurchaseOrders, type AdminCreatePurchaseOrderType } from "./validators"

/** GET /admin/purchase-orders?status=&supplier_id=&location_id= — newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, supplier_id, location_id, limit, offset } = parseQuery(AdminListPurchaseOrders, req.query)
  const purchasing: PurchasingModuleService = req.scope.resolve(PURCHASING_MODULE)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (supplier_id) filters.supplier_id = supplier_id
  if (location_id) filters.location_id = location_id
  const [orders, count] = await purchasing.listAndCountPurchaseOrders(filters, {
    order: { created_at: "DESC" },
    skip: offset,
    take: limit,
    relations: ["lines"],
  })
  res.json({ purchase_orders: await withSuppliers(req.scope, orders), count, offset, limit })
}

/** POST /admin/purchase-orders — a draft order; lines without unit_cost take the supplier's cost. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreatePurchaseOrderType>, res: MedusaResponse) {
  const { result } = await createPurchaseOrderWorkflow(req.scope).run({
    input: { ...req.validatedBody, created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ purchase_order: await retrievePurchaseOrderDetail(req.scope, result.id) })
}
