import { groupCommit } from "../../../lib/group-commit"
import type { StockChangeInput } from "../../../modules/inventory-alert/types"
import { processStockChangesWorkflow } from "../process-stock-changes"

/** The stock changes of one run, merged: a bulk stock update emits one event per level. */
export function mergeStockChanges(inputs: StockChangeInput[]): Required<StockChangeInput> {
  const merged: Required<StockChangeInput> = {
    level_ids: [],
    reservation_ids: [],
    inventory_item_ids: [],
    event_groups: {},
  }
  for (const input of inputs) {
    merged.level_ids.push(...(input.level_ids ?? []))
    merged.reservation_ids.push(...(input.reservation_ids ?? []))
    merged.inventory_item_ids.push(...(input.inventory_item_ids ?? []))
    Object.assign(merged.event_groups, input.event_groups ?? {})
  }
  return merged
}

/**
 * Processes a stock change together with the others arriving at the same
 * time: one stock-change workflow run per batch instead of one per event.
 */
export const processStockChange = groupCommit<StockChangeInput>(
  (container, inputs) => processStockChangesWorkflow(container).run({ input: mergeStockChanges(inputs) }),
  { maxBatch: 2000 }
)
