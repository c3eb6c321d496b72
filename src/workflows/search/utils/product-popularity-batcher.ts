import { groupCommit } from "../../../lib/group-commit"
import { refreshProductPopularityWorkflow } from "../refresh-product-popularity"

/**
 * Refreshes the units sold of orders' products together with the other
 * orders changing meanwhile. The refresh holds one store-wide lock, so one
 * run per order would queue every checkout of a busy store behind it; one
 * run for the orders of the last second touches each product once (and
 * rebuilds its search document once). Nobody waits on a sort order, so the
 * run lingers a second to be shared by more orders. Each order's rows are
 * replaced, not added to: merging and re-running change nothing more.
 */
export const refreshProductPopularity = groupCommit<string>(
  // The ids go as they are: refreshOrderUnits dedupes them.
  (container, orderIds) => refreshProductPopularityWorkflow(container).run({ input: { order_ids: orderIds } }),
  { lingerMs: 1000 }
)
