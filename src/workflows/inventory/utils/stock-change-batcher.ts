import { groupCommit, mergeIdLists } from "../../../lib/group-commit"
import type { StockChangeInput } from "../../../modules/inventory-alert/types"
import { processStockChangesWorkflow } from "../process-stock-changes"

/** The stock changes of one run, merged: a bulk stock update emits one event per level. */
function mergeStockChanges(inputs: StockChangeInput[]): StockChangeInput {
  const lists = inputs.map(({ event_groups: _groups, ...ids }) => ids)
  return { ...mergeIdLists(lists), event_groups: Object.assign({}, ...inputs.map((input) => input.event_groups ?? {})) }
}

/**
 * Processes a stock change together with the others arriving at the same
 * time: one stock-change workflow run per batch instead of one per event.
 */
export const processStockChange = groupCommit<StockChangeInput>(
  (container, inputs) => processStockChangesWorkflow(container).run({ input: mergeStockChanges(inputs) }),
  { maxBatch: 2000 }
)
