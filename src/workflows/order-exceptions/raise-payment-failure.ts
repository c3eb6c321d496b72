import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_EXCEPTION_MODULE } from "../../modules/order-exception"
import type OrderExceptionModuleService from "../../modules/order-exception/service"
import { paymentFailureCauseKey, paymentTotals } from "../../modules/order-exception/utils/cases"
import { loadOrderFacts } from "./steps/load-order-facts"

export const raisePaymentFailureWorkflowId = "order-exceptions-raise-payment-failure"

/** A payment attempt the provider reported failed or canceled (payload of `payment_attempt.*`). */
export type PaymentFailureInput = {
  id: string
  order_id: string | null
  cart_id: string | null
  payment_collection_id: string | null
  provider_id: string
  status: "failed" | "canceled" | "requires_more"
  amount: string | null
  currency_code: string | null
}

const raisePaymentFailureStep = createStep(
  "order-exceptions-raise-payment-failure-step",
  async (input: PaymentFailureInput, { container }) => {
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const skip = (reason: string) =>
      new StepResponse({ case_id: null as string | null, skipped: reason as string | null }, null as string | null)

    let cart: any = null
    if (input.cart_id) {
      const { data } = await query.graph({
        entity: "cart",
        fields: ["id", "email", "customer_id", "currency_code", "order.id"],
        filters: { id: input.cart_id },
      })
      cart = data[0] ?? null
    }
    let collectionOrderId: string | null = null
    if (input.payment_collection_id && !input.order_id && !cart?.order?.id) {
      const { data } = await query.graph({
        entity: "payment_collection",
        fields: ["id", "order.id"],
        filters: { id: input.payment_collection_id },
      })
      collectionOrderId = (data[0] as any)?.order?.id ?? null
    }
    const orderId: string | null = input.order_id ?? cart?.order?.id ?? collectionOrderId
    const [order] = orderId ? await loadOrderFacts(container, [orderId]) : []

    if (input.status === "requires_more") return skip("the provider waits for the customer")
    if (input.status === "canceled" && !order) return skip("a payment canceled before checkout is not an exception")
    if (order?.status === "canceled") return skip("the order is canceled")
    if (order) {
      const t = paymentTotals(order.payments)
      if (t.captured.gt(0) && t.uncaptured.length === 0) return skip("the order is paid")
    }
    const causeKey = paymentFailureCauseKey({
      payment_collection_id: input.payment_collection_id,
      cart_id: input.cart_id,
      order_id: orderId,
    })
    if (!causeKey) return skip("the attempt names no cart, order or payment collection")

    const amount =
      input.amount && input.currency_code ? `${input.amount} ${input.currency_code.toUpperCase()}` : "a payment"
    const what = input.status === "failed" ? "failed" : "was canceled by the provider"
    const summary = order
      ? `Order ${order.display_id != null ? `#${order.display_id}` : order.id}: ${amount} ${what}`
      : `Checkout: ${amount} ${what} (cart ${input.cart_id ?? "unknown"})`
    const result = await service.raiseCases([
      {
        type: "payment_failed",
        cause_key: causeKey,
        source_key: `payment_attempt:${input.id}`,
        severity: order ? "high" : "medium",
        order_id: orderId,
        cart_id: input.cart_id ?? order?.cart_id ?? null,
        payment_collection_id: input.payment_collection_id,
        email: order?.email ?? cart?.email ?? null,
        customer_id: order?.customer_id ?? cart?.customer_id ?? null,
        currency_code: input.currency_code ?? order?.currency_code ?? cart?.currency_code ?? null,
        summary,
        data: {
          attempt_id: input.id,
          provider_id: input.provider_id,
          attempt_status: input.status,
          amount: input.amount,
          currency_code: input.currency_code,
        },
      },
    ])
    const caseId = result.created[0] ?? result.updated[0] ?? null
    return new StepResponse(
      { case_id: caseId, skipped: (result.skipped ? "already recorded" : null) as string | null },
      (result.created[0] ?? null) as string | null
    )
  },
  async (createdCaseId: string | null | undefined, { container }) => {
    if (!createdCaseId) return
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    await service.softDeleteOrderExceptionCases([createdCaseId])
  }
)

/**
 * A failed payment (or one the provider canceled after checkout) becomes a
 * payment_failed case, one per payment collection; every attempt is one
 * occurrence, so the same attempt delivered again changes nothing. Nothing is
 * raised when the order is already paid or canceled: the cause is gone.
 */
export const raisePaymentFailureWorkflow = createWorkflow(
  raisePaymentFailureWorkflowId,
  (input: PaymentFailureInput) => {
    return new WorkflowResponse(raisePaymentFailureStep(input))
  }
)
