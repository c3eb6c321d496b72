import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { LOYALTY_POINTS_MODULE } from "../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../modules/loyalty-points/service"
import type { PostEntryInput } from "../../modules/loyalty-points/types"
import { addMonths } from "../../modules/loyalty-points/utils/points"
import { postLoyaltyEntriesStep } from "./steps/post-loyalty-entries"

export const grantWelcomePointsWorkflowId = "loyalty-grant-welcome-points"

const planWelcomeStep = createStep("loyalty-plan-welcome-points", async (input: { customer: any }, { container }) => {
  const customer = input.customer
  // Guest checkouts create customers without an account: no welcome points for them.
  if (!customer?.has_account) return new StepResponse([] as PostEntryInput[])
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  const currency = store?.supported_currencies?.find((c) => c.is_default)?.currency_code
  if (!currency) return new StepResponse([] as PostEntryInput[])
  const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
  const [rule] = await loyalty.listLoyaltyRules({ currency_code: currency, is_active: true })
  if (!rule?.welcome_points) return new StepResponse([] as PostEntryInput[])
  return new StepResponse([
    {
      customer_id: customer.id,
      kind: "earn" as const,
      points: rule.welcome_points,
      source: "welcome",
      source_id: customer.id,
      currency_code: currency,
      reason: "Welcome points",
      actor: "system",
      expires_at: rule.expiry_months ? addMonths(new Date(), rule.expiry_months) : null,
    },
  ])
})

/** Optional welcome points for a new registered customer (once: keyed by the customer). */
export const grantWelcomePointsWorkflow = createWorkflow(
  grantWelcomePointsWorkflowId,
  (input: { customer_id: string }) => {
    const { data: customers } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "has_account"],
      filters: { id: input.customer_id },
    })
    const entries = planWelcomeStep(transform({ customers }, ({ customers }) => ({ customer: customers[0] })))
    return new WorkflowResponse(postLoyaltyEntriesStep({ entries }))
  }
)
