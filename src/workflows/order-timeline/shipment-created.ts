import { orderVariables } from "../order-notifications/utils/variables"
import { itemCount, loadFulfillmentFacts, loadOrderFacts, loadStoreName } from "./utils/facts"
import { defineTimelineWorkflow, emptyPlan } from "./utils/define-timeline-workflow"

export const recordShipmentCreatedWorkflowId = "order-timeline-record-shipment-created"

/** shipment.created: `{ id: fulfillment_id, no_notification }`; the shipped notice carries the labels' tracking. */
export const recordShipmentCreatedWorkflow = defineTimelineWorkflow<{ id: string; no_notification?: boolean }>(
  recordShipmentCreatedWorkflowId,
  async (input, container) => {
    const plan = emptyPlan()
    const f = await loadFulfillmentFacts(container, input.id)
    if (!f?.order_id) return plan
    const source = `shipment.created:${f.id}`
    const numbers = f.labels.map((l) => l.tracking_number).filter(Boolean)
    const n = itemCount(f.items)
    plan.entries.push({
      order_id: f.order_id,
      kind: "shipment.created",
      source_key: source,
      occurred_at: f.shipped_at ?? undefined,
      actor: f.marked_shipped_by,
      summary: `Shipped ${n} item${n === 1 ? "" : "s"}${numbers.length ? ` (tracking ${numbers.join(", ")})` : ""}`,
      data: { fulfillment_id: f.id, labels: f.labels },
    })
    if (input.no_notification) return plan
    const order = await loadOrderFacts(container, f.order_id)
    if (!order) return plan
    plan.notifications.push({
      template_key: "order_shipped",
      source_key: source,
      to: order.email,
      order_id: order.id,
      cart_id: order.cart_id,
      variables: {
        ...orderVariables(order, await loadStoreName(container)),
        tracking_numbers: numbers.join(", "),
        tracking_links: f.labels
          .map((l) => l.tracking_url)
          .filter(Boolean)
          .join("\n"),
      },
    })
    return plan
  }
)
