import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"

export const createSpendThresholdPromotionWorkflowId = "coupon-create-spend-threshold-promotion"

export type SpendThresholdInput = {
  code: string
  /** Order item subtotal (before tax and discounts) needed for the discount. */
  threshold: number
  discount: number
  currency_code: string
  is_percentage?: boolean
  is_automatic?: boolean
}

/**
 * "Spend X, save Y" (满减): a core promotion whose rule requires the cart's
 * item_subtotal >= X (the engine compares rules numerically), with Y off the
 * order, fixed in the currency or as a percentage.
 */
export const createSpendThresholdPromotionWorkflow = createWorkflow(
  createSpendThresholdPromotionWorkflowId,
  (input: SpendThresholdInput) => {
    const promotions = createPromotionsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        promotionsData: [
          {
            code: input.code,
            type: "standard" as const,
            status: "active" as const,
            is_automatic: input.is_automatic ?? false,
            application_method: {
              type: input.is_percentage ? ("percentage" as const) : ("fixed" as const),
              target_type: "order" as const,
              allocation: "across" as const,
              value: input.discount,
              currency_code: input.currency_code,
            },
            rules: [
              { attribute: "currency_code", operator: "eq" as const, values: [input.currency_code] },
              { attribute: "item_subtotal", operator: "gte" as const, values: [String(input.threshold)] },
            ],
          },
        ],
      })),
    })
    return new WorkflowResponse(transform({ promotions }, ({ promotions }) => promotions[0]))
  }
)
