import { groupCommit, mergeIdLists } from "../../../lib/group-commit"
import type { RefreshOrderFactsInput } from "../steps/refresh-order-facts"
import { refreshOrderFactsWorkflow } from "../refresh-order-facts"

type OrderFactsChange = Pick<RefreshOrderFactsInput, "order_ids" | "payment_ids">

/**
 * Refreshes orders' analytics facts (by order or by payment) together with
 * the others changing at the same time: a placed order emits several events
 * and a busy store places several orders a second, and each refresh is one
 * read and one write for any number of orders. A refresh replaces the facts
 * with the orders' current state, so merging and re-running change nothing more.
 */
export const refreshOrderFacts = groupCommit<OrderFactsChange>(
  (container, changes) => refreshOrderFactsWorkflow(container).run({ input: mergeIdLists(changes) }),
  { lingerMs: 100 }
)
