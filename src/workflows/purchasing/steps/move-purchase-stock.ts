import type { IInventoryService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const movePurchaseStockStepId = "purchasing-move-stock"

export type StockMove = {
  inventory_item_id: string
  /** Added to stocked_quantity (negative takes away). */
  stocked?: number
  /** Added to incoming_quantity; a decrease never takes it below zero. */
  incoming?: number
}

export type MovePurchaseStockInput = { location_id: string; moves: StockMove[] }

type Applied = { inventory_item_id: string; stocked: number; incoming: number }
type Compensation = { location_id: string; applied: Applied[]; created_level_ids: string[] }

async function applyMoves(
  container: { resolve: (key: string) => any },
  locationId: string,
  moves: StockMove[],
  createMissing: boolean
) {
  const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
  const locking = container.resolve(Modules.LOCKING)
  const itemIds = [...new Set(moves.map((m) => m.inventory_item_id))]
  // Same lock keys as Medusa's own inventory steps: no read-modify-write race with them.
  return locking.execute(itemIds, async () => {
    const levels = await inventory.listInventoryLevels({ inventory_item_id: itemIds, location_id: locationId })
    const byItem = new Map(levels.map((l) => [l.inventory_item_id, l]))
    const missing = itemIds.filter((id) => !byItem.has(id))
    let created: string[] = []
    if (missing.length && createMissing) {
      const rows = await inventory.createInventoryLevels(
        missing.map((id) => ({
          inventory_item_id: id,
          location_id: locationId,
          stocked_quantity: 0,
          incoming_quantity: 0,
        }))
      )
      rows.forEach((l) => byItem.set(l.inventory_item_id, l))
      created = rows.map((l) => l.id)
    }
    const applied: Applied[] = []
    const incomingUpdates: { inventory_item_id: string; location_id: string; incoming_quantity: number }[] = []
    const stockAdjustments: { inventoryItemId: string; locationId: string; adjustment: number }[] = []
    for (const move of moves) {
      const level = byItem.get(move.inventory_item_id)
      if (!level) continue
      const currentIncoming = Number(level.incoming_quantity ?? 0)
      const incoming = Math.max(move.incoming ?? 0, -currentIncoming)
      const stocked = move.stocked ?? 0
      if (incoming) {
        incomingUpdates.push({
          inventory_item_id: move.inventory_item_id,
          location_id: locationId,
          incoming_quantity: currentIncoming + incoming,
        })
      }
      if (stocked) stockAdjustments.push({ inventoryItemId: move.inventory_item_id, locationId, adjustment: stocked })
      applied.push({ inventory_item_id: move.inventory_item_id, stocked, incoming })
    }
    if (incomingUpdates.length) await inventory.updateInventoryLevels(incomingUpdates)
    if (stockAdjustments.length) await inventory.adjustInventory(stockAdjustments)
    return { applied, created }
  })
}

/**
 * Moves stock for purchasing at one location through the Inventory Module:
 * incoming quantity when an order is placed or canceled, stocked and
 * incoming quantity when it is received. Levels missing at the location are
 * created. Compensation takes exactly the applied amounts back and removes
 * the levels it created.
 */
export const movePurchaseStockStep = createStep(
  movePurchaseStockStepId,
  async (input: MovePurchaseStockInput, { container }) => {
    const moves = input.moves.filter((m) => m.stocked || m.incoming)
    if (!moves.length)
      return new StepResponse<Applied[], Compensation>([], {
        location_id: input.location_id,
        applied: [],
        created_level_ids: [],
      })
    const { applied, created } = await applyMoves(container, input.location_id, moves, true)
    return new StepResponse<Applied[], Compensation>(applied, {
      location_id: input.location_id,
      applied,
      created_level_ids: created,
    })
  },
  async (compensation: Compensation | undefined, { container }) => {
    if (!compensation?.applied?.length) return
    await applyMoves(
      container,
      compensation.location_id,
      compensation.applied.map((a) => ({
        inventory_item_id: a.inventory_item_id,
        stocked: -a.stocked,
        incoming: -a.incoming,
      })),
      false
    )
    if (compensation.created_level_ids?.length) {
      const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
      await inventory.deleteInventoryLevels(compensation.created_level_ids)
    }
  }
)
