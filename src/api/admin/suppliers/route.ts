import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"
import { createSupplierWorkflow } from "../../../workflows/purchasing/create-supplier"
import { parseQuery } from "../../validation"
import { AdminListSuppliers, type AdminCreateSupplierType } from "./validators"

/** GET /admin/suppliers?q= — by name. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q, limit, offset } = parseQuery(AdminListSuppliers, req.query)
  const purchasing: PurchasingModuleService = req.scope.resolve(PURCHASING_MODULE)
  const [suppliers, count] = await purchasing.listAndCountSuppliers(
    q ? { $or: [{ name: { $ilike: `%${q}%` } }, { email: { $ilike: `%${q}%` } }] } : {},
    { order: { name: "ASC" }, skip: offset, take: limit }
  )
  res.json({ suppliers, count, offset, limit })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateSupplierType>, res: MedusaResponse) {
  const { result } = await createSupplierWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ supplier: result })
}
