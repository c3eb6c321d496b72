import { groupCommit } from "../../../lib/group-commit"
import { assessOrderFraudWorkflow } from "../assess-order-fraud"

/**
 * Scores placed orders together with the others placed at the same time: one
 * workflow run and one case sync for the orders of a busy moment instead of
 * one each. An order is assessed once however often it is passed.
 */
export const assessOrderFraud = groupCommit<string>(
  (container, orderIds) => assessOrderFraudWorkflow(container).run({ input: { order_ids: orderIds } }),
  { lingerMs: 200 }
)
