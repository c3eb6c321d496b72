import { groupCommit, mergeIdLists } from "../../../lib/group-commit"
import { syncOrderExceptionsWorkflow, type SyncOrderExceptionsInput } from "../sync-order-exceptions"

/**
 * Syncs the cases of what an event references (orders, fulfillments,
 * payments, stock levels) together with the other events arriving at the
 * same time: every checkout changes a stock level and its order, and one sync
 * judges any number of them. The sync judges current state, so merging and
 * re-running change nothing more.
 */
export const syncOrderExceptions = groupCommit<SyncOrderExceptionsInput>(
  (container, inputs) => syncOrderExceptionsWorkflow(container).run({ input: mergeIdLists(inputs) }),
  { lingerMs: 250 }
)
