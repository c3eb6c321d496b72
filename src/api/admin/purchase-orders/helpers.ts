import type { IInventoryService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"
import { formatPurchaseOrderNumber } from "../../../modules/purchasing/utils/receipts"

const SUPPLIER_FIELDS = ["id", "name", "currency_code", "lead_time_days", "minimum_order_quantity"]

/** Orders as the admin shows them: code PO-000123, supplier name, line totals. */
export async function withSuppliers(scope: MedusaContainer, orders: any[]) {
  const purchasing: PurchasingModuleService = scope.resolve(PURCHASING_MODULE)
  const ids = [...new Set(orders.map((o) => o.supplier_id))]
  const suppliers = ids.length
    ? await purchasing.listSuppliers({ id: ids }, { select: SUPPLIER_FIELDS, withDeleted: true })
    : []
  const byId = new Map(suppliers.map((s) => [s.id, s]))
  return orders.map((o) => ({
    ...o,
    code: formatPurchaseOrderNumber(o.display_number),
    supplier: byId.get(o.supplier_id) ?? null,
  }))
}

/** One order with its lines (and each line's inventory item), receipts and supplier; 404 when unknown. */
export async function retrievePurchaseOrderDetail(scope: MedusaContainer, id: string) {
  const purchasing: PurchasingModuleService = scope.resolve(PURCHASING_MODULE)
  const inventory: IInventoryService = scope.resolve(Modules.INVENTORY)
  const order = await purchasing.retrievePurchaseOrder(id, { relations: ["lines", "receipts"] })
  const lines = [...(order.lines ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  const items = lines.length
    ? await inventory.listInventoryItems(
        { id: lines.map((l) => l.inventory_item_id) },
        { select: ["id", "sku", "title"], withDeleted: true }
      )
    : []
  const itemsById = new Map(items.map((i) => [i.id, i]))
  const [detail] = await withSuppliers(scope, [
    {
      ...order,
      lines: lines.map((l) => ({ ...l, inventory_item: itemsById.get(l.inventory_item_id) ?? null })),
      receipts: [...(order.receipts ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at))),
    },
  ])
  return detail
}
