import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { grantWelcomePointsWorkflow } from "../workflows/loyalty/grant-welcome-points"

/** Welcome points for a newly registered customer, when the default currency's rule grants some. */
export default async function loyaltyWelcomePoints({ event, container }: SubscriberArgs<{ id: string }>) {
  await grantWelcomePointsWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: CustomerWorkflowEvents.CREATED,
  context: { subscriberId: "loyalty-welcome-points" },
}
