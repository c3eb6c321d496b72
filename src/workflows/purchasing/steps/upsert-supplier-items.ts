import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import type PurchasingModuleService from "../../../modules/purchasing/service"

export const upsertSupplierItemsStepId = "purchasing-upsert-supplier-items"

export type SupplierItemInput = {
  inventory_item_id: string
  cost_price: number | string
  currency_code?: string
  supplier_sku?: string | null
  is_preferred?: boolean
}

export type UpsertSupplierItemsInput = { supplier_id: string; currency_code: string; items: SupplierItemInput[] }

type Snapshot = {
  id: string
  cost_price: unknown
  currency_code: string
  supplier_sku: string | null
  is_preferred: boolean
}
type Compensation = { created_ids: string[]; previous: Snapshot[] }

const snapshot = (i: any): Snapshot => ({
  id: i.id,
  cost_price: i.raw_cost_price?.value ?? i.cost_price,
  currency_code: i.currency_code,
  supplier_sku: i.supplier_sku,
  is_preferred: i.is_preferred,
})

/**
 * Sets a supplier's costs for items: new items are added, known ones updated.
 * Marking an item preferred unmarks it at every other supplier (one preferred
 * supplier per item). Compensation deletes what was added and restores the rest.
 */
export const upsertSupplierItemsStep = createStep(
  upsertSupplierItemsStepId,
  async (input: UpsertSupplierItemsInput, { container }) => {
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    const itemIds = input.items.map((i) => i.inventory_item_id)
    const existing = await purchasing.listSupplierItems({ supplier_id: input.supplier_id, inventory_item_id: itemIds })
    const byItem = new Map(existing.map((e) => [e.inventory_item_id, e]))
    const preferredIds = input.items.filter((i) => i.is_preferred).map((i) => i.inventory_item_id)
    const demoted = preferredIds.length
      ? (await purchasing.listSupplierItems({ inventory_item_id: preferredIds, is_preferred: true })).filter(
          (i) => i.supplier_id !== input.supplier_id
        )
      : []
    const compensation: Compensation = {
      created_ids: [],
      previous: [...existing, ...demoted].map(snapshot),
    }
    if (demoted.length) {
      await purchasing.updateSupplierItems(demoted.map((d) => ({ id: d.id, is_preferred: false })))
    }
    const toUpdate = input.items.filter((i) => byItem.has(i.inventory_item_id))
    const toCreate = input.items.filter((i) => !byItem.has(i.inventory_item_id))
    if (toUpdate.length) {
      await purchasing.updateSupplierItems(
        toUpdate.map((i) => ({
          id: byItem.get(i.inventory_item_id)!.id,
          cost_price: i.cost_price as unknown as number,
          ...(i.currency_code ? { currency_code: i.currency_code } : {}),
          ...(i.supplier_sku !== undefined ? { supplier_sku: i.supplier_sku } : {}),
          ...(i.is_preferred !== undefined ? { is_preferred: i.is_preferred } : {}),
        }))
      )
    }
    if (toCreate.length) {
      const created = await purchasing.createSupplierItems(
        toCreate.map((i) => ({
          supplier_id: input.supplier_id,
          inventory_item_id: i.inventory_item_id,
          cost_price: i.cost_price as unknown as number,
          currency_code: i.currency_code ?? input.currency_code,
          supplier_sku: i.supplier_sku ?? null,
          is_preferred: i.is_preferred ?? false,
        }))
      )
      compensation.created_ids = created.map((c) => c.id)
    }
    const items = await purchasing.listSupplierItems({ supplier_id: input.supplier_id, inventory_item_id: itemIds })
    return new StepResponse(items, compensation)
  },
  async (compensation: Compensation | undefined, { container }) => {
    if (!compensation) return
    const purchasing: PurchasingModuleService = container.resolve(PURCHASING_MODULE)
    if (compensation.created_ids?.length) await purchasing.deleteSupplierItems(compensation.created_ids)
    if (compensation.previous?.length) await purchasing.updateSupplierItems(compensation.previous as any)
  }
)
