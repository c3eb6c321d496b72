import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordClaimCreatedWorkflow } from "../workflows/order-timeline/claim-created"

/** Timeline entry for a claim. */
export default async function orderTimelineClaimCreated({
  event,
  container,
}: SubscriberArgs<{ order_id: string; claim_id: string }>) {
  await recordClaimCreatedWorkflow(container).run({
    input: {
      ...event.data,
      event_group_id: (event.metadata as { eventGroupId?: string } | undefined)?.eventGroupId ?? null,
    },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CLAIM_CREATED,
  context: { subscriberId: "order-timeline-claim-created" },
}
