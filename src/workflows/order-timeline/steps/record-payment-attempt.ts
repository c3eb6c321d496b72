import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_TIMELINE_MODULE } from "../../../modules/order-timeline"
import type OrderTimelineModuleService from "../../../modules/order-timeline/service"
import type { PaymentAttemptInput, PaymentAttemptRow } from "../../../modules/order-timeline/types"

export const recordPaymentAttemptStepId = "order-timeline-record-payment-attempt"

/**
 * Records the attempt once per (provider, session + result); `created` says
 * whether this run inserted it. Compensation removes only a row this run inserted.
 */
export const recordPaymentAttemptStep = createStep(
  recordPaymentAttemptStepId,
  async (input: PaymentAttemptInput | null, { container }) => {
    if (!input)
      return new StepResponse({ attempt: null as PaymentAttemptRow | null, created: false }, null as string | null)
    const service: OrderTimelineModuleService = container.resolve(ORDER_TIMELINE_MODULE)
    const { attempt, created } = await service.recordPaymentAttempt(input)
    return new StepResponse(
      { attempt: attempt as PaymentAttemptRow | null, created },
      created ? attempt.id : (null as string | null)
    )
  },
  async (createdId, { container }) => {
    if (!createdId) return
    const service: OrderTimelineModuleService = container.resolve(ORDER_TIMELINE_MODULE)
    await service.deletePaymentAttempts([createdId])
  }
)
