import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_TIMELINE_MODULE } from "../../modules/order-timeline"
import type OrderTimelineModuleService from "../../modules/order-timeline/service"
import { sendOrderNotificationsStep } from "../order-notifications/steps/send-order-notifications"
import { formatMoney } from "../order-notifications/utils/format"
import { itemsSummary, orderVariables } from "../order-notifications/utils/variables"
import { recordTimelineEntriesStep } from "./steps/record-timeline-entries"
import { itemCount, loadOrderFacts, loadStoreName } from "./utils/facts"
import { attemptEntry } from "./utils/attempt-entry"
import { emptyPlan, type TimelineEventInput, type TimelinePlan } from "./utils/define-timeline-workflow"

export const recordOrderPlacedWorkflowId = "order-timeline-record-order-placed"

type Input = TimelineEventInput<{ id: string }>

const planOrderPlacedStep = createStep(`${recordOrderPlacedWorkflowId}-plan`, async (input: Input, { container }) => {
  const plan: TimelinePlan & { cart_id: string | null } = { ...emptyPlan(), cart_id: null }
  const order = await loadOrderFacts(container, input.id)
  if (!order) return new StepResponse(plan)
  plan.cart_id = order.cart_id
  const source = `order.placed:${order.id}`
  const count = itemCount(order.items)
  plan.entries.push({
    order_id: order.id,
    kind: "order.placed",
    source_key: source,
    occurred_at: order.created_at,
    amount: order.total,
    currency_code: order.currency_code,
    actor: order.customer_id,
    summary: `Order #${order.display_id ?? ""} placed: ${count} item${count === 1 ? "" : "s"}, ${formatMoney(order.total, order.currency_code)}`,
    data: { email: order.email, items: order.items },
  })
  plan.notifications.push({
    template_key: "order_confirmation",
    source_key: source,
    to: order.email,
    order_id: order.id,
    cart_id: order.cart_id,
    variables: { ...orderVariables(order, await loadStoreName(container)), items_summary: itemsSummary(order) },
  })
  return new StepResponse(plan)
})

/** Payment attempts recorded while the order was still a cart now belong to the order and its timeline. */
const linkPaymentAttemptsStep = createStep(
  "order-timeline-link-payment-attempts-to-order",
  async (input: { cart_id: string | null; order_id: string }, { container }) => {
    if (!input.cart_id) return new StepResponse({ entries: [] as any[] }, [] as string[])
    const service: OrderTimelineModuleService = container.resolve(ORDER_TIMELINE_MODULE)
    const { attempts, linked_ids } = await service.linkPaymentAttemptsToOrder(input.cart_id, input.order_id)
    return new StepResponse(
      { entries: attempts.map((a) => attemptEntry({ ...a, order_id: input.order_id })) },
      linked_ids
    )
  },
  async (linkedIds, { container }) => {
    if (!linkedIds?.length) return
    const service: OrderTimelineModuleService = container.resolve(ORDER_TIMELINE_MODULE)
    await service.updatePaymentAttempts(linkedIds.map((id) => ({ id, order_id: null })))
  }
)

/**
 * order.placed: the "placed" entry, the order confirmation, and the payment
 * attempts that failed while the order was still a cart.
 */
export const recordOrderPlacedWorkflow = createWorkflow(recordOrderPlacedWorkflowId, (input: Input) => {
  const plan = planOrderPlacedStep(input)
  const attempts = linkPaymentAttemptsStep({ cart_id: plan.cart_id, order_id: input.id })
  const recorded = recordTimelineEntriesStep(plan.entries)
  const attemptEntries = recordTimelineEntriesStep(attempts.entries).config({
    name: "order-timeline-record-attempt-entries",
  })
  const notified = sendOrderNotificationsStep(plan.notifications)
  return new WorkflowResponse({ recorded, attemptEntries, notified })
})
