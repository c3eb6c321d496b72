import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, capturePaymentWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { ORDER_EXCEPTION_MODULE } from "../../modules/order-exception"
import type OrderExceptionModuleService from "../../modules/order-exception/service"
import type { ActionOutcome } from "../../modules/order-exception/service"
import type { CaseAction } from "../../modules/order-exception/types"
import { evaluateOrder, paymentTotals } from "../../modules/order-exception/utils/cases"
import { loadOrderFacts } from "./steps/load-order-facts"
import { syncOrderExceptionsWorkflow } from "./sync-order-exceptions"

export const runOrderExceptionActionWorkflowId = "order-exceptions-run-action"

export type RunOrderExceptionActionInput = {
  id: string
  action: CaseAction
  actor: string
  payment_id?: string
  /** Capture or refund amount (decimal, main currency unit). */
  amount?: number
  note?: string
}

type CoreCall =
  | { kind: "capture"; payment_id: string; amount?: string }
  | { kind: "refund"; payment_id: string; amount: string }
  | { kind: "cancel"; order_id: string }

type Prepared = { case_id: string; order_id: string; calls: CoreCall[] }

const bad = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks the action fits the case and the order (400 otherwise, nothing
 * written), works out the core workflow calls, then marks the action as
 * running on the case.
 */
const prepareActionStep = createStep(
  "order-exceptions-prepare-action",
  async (input: RunOrderExceptionActionInput, { container }) => {
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    const [found] = await service.listOrderExceptionCases({ id: input.id }, { take: 1 })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order exception case ${input.id} was not found`)
    if (found.status !== "open" && found.status !== "in_progress") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Case ${found.id} is ${found.status}: reopen it first`)
    }
    if (!found.order_id) throw bad(`Case ${found.id} has no order yet: there is nothing to ${input.action}`)
    const [order] = await loadOrderFacts(container, [found.order_id])
    if (!order) throw bad(`Order ${found.order_id} no longer exists`)
    const payments = order.payments.filter((p) => !input.payment_id || p.id === input.payment_id)
    if (input.payment_id && !payments.length)
      throw bad(`Payment ${input.payment_id} does not belong to order ${order.id}`)
    const amount = input.amount !== undefined ? MathBN.convert(input.amount) : null
    const calls: CoreCall[] = []

    if (input.action === "cancel-order") {
      if (order.status === "canceled") throw bad(`Order ${order.id} is already canceled`)
      calls.push({ kind: "cancel", order_id: order.id })
    } else if (input.action === "capture-payment") {
      if (order.status === "canceled") throw bad(`Order ${order.id} is canceled: nothing should be captured`)
      const open = payments.filter((p) => !p.canceled && MathBN.gt(p.amount, p.captured))
      if (!open.length) throw bad(`Order ${order.id} has no authorized amount left to capture`)
      if (amount) {
        if (open.length > 1) throw bad("Give payment_id to capture a partial amount")
        if (MathBN.gt(amount, MathBN.sub(open[0].amount, open[0].captured))) {
          throw bad("amount is above what is left to capture")
        }
      }
      for (const p of open) calls.push({ kind: "capture", payment_id: p.id, amount: amount?.toString() })
    } else {
      const refundable = payments
        .map((p) => ({ id: p.id, left: MathBN.sub(p.captured, p.refunded) }))
        .filter((p) => MathBN.gt(p.left, 0))
      const total = refundable.reduce((acc, p) => MathBN.add(acc, p.left), MathBN.convert(0))
      if (!refundable.length) throw bad(`Order ${order.id} has nothing captured left to refund`)
      let wanted = amount
      if (!wanted) {
        const settings = await service.getSettings()
        const conditions = evaluateOrder(order, settings, new Date())
        const condition = conditions.find((c) => c.type === found.type)
        if (found.type === "canceled_refund_pending" && condition?.present) {
          wanted = MathBN.sub(paymentTotals(order.payments).captured, paymentTotals(order.payments).refunded)
        } else if (
          found.type === "capture_mismatch" &&
          condition?.present &&
          MathBN.lt(condition.data.difference as string, 0)
        ) {
          wanted = MathBN.abs(condition.data.difference as string)
        } else {
          throw bad("amount is required for this case")
        }
      }
      if (MathBN.lte(wanted, 0)) throw bad("amount must be above 0")
      if (MathBN.gt(wanted, total)) throw bad(`amount is above the refundable ${total.toString()}`)
      let left = wanted
      for (const p of refundable) {
        if (MathBN.lte(left, 0)) break
        const part = MathBN.min(left, p.left)
        calls.push({ kind: "refund", payment_id: p.id, amount: part.toString() })
        left = MathBN.sub(left, part)
      }
    }
    await service.beginAction({ id: found.id, action: input.action, actor: input.actor })
    return new StepResponse({ case_id: found.id, order_id: order.id, calls } as Prepared, found.id as string)
  },
  async (caseId: string | undefined, { container }) => {
    if (!caseId) return
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    await service.restoreCases([{ id: caseId, pending_action: null }])
  }
)

/**
 * Runs the core workflows. Their failure does not fail this workflow: the
 * error becomes the recorded outcome, and the case stays as it was.
 */
const runCoreActionStep = createStep(
  "order-exceptions-run-core-action",
  async (input: { prepared: Prepared; action: CaseAction; actor: string; note?: string }, { container }) => {
    const done: Record<string, unknown>[] = []
    let error: string | null = null
    for (const call of input.prepared.calls) {
      const run =
        call.kind === "capture"
          ? capturePaymentWorkflow(container).run({
              input: { payment_id: call.payment_id, captured_by: input.actor, amount: call.amount },
              throwOnError: false,
            })
          : call.kind === "refund"
            ? refundPaymentWorkflow(container).run({
                input: { payment_id: call.payment_id, created_by: input.actor, amount: call.amount, note: input.note },
                throwOnError: false,
              })
            : cancelOrderWorkflow(container).run({
                input: { order_id: call.order_id, canceled_by: input.actor },
                throwOnError: false,
              })
      let failure: unknown = null
      try {
        const { errors } = await run
        failure = errors?.[0]?.error ?? null
      } catch (e) {
        failure = e
      }
      if (failure) {
        error = (failure as Error)?.message || String(failure)
        break
      }
      done.push(call)
    }
    const outcome: ActionOutcome = {
      action: input.action,
      status: error ? "failed" : "succeeded",
      error,
      at: new Date().toISOString(),
      by: input.actor,
      result: { calls: done, planned: input.prepared.calls.length },
    }
    return new StepResponse(outcome)
  }
)

/**
 * Syncs the order after the action, whatever its outcome: a core workflow can
 * fail after its side effect (refundPaymentWorkflow sends the refund, then
 * refuses to book it on a canceled order), so the case follows the real state.
 * After a failure the running mark is cleared first: a cause that is gone then
 * closes as "auto", not as the action's success. A failed sync is logged; the
 * outcome is still recorded.
 */
const syncAfterActionStep = createStep(
  "order-exceptions-sync-after-action",
  async (input: { case_id: string; order_id: string; outcome: ActionOutcome }, { container }) => {
    if (input.outcome.status !== "succeeded") {
      const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
      await service.restoreCases([{ id: input.case_id, pending_action: null }])
    }
    const { errors } = await syncOrderExceptionsWorkflow(container).run({
      input: { order_ids: [input.order_id] },
      throwOnError: false,
    })
    if (errors?.length) {
      container.resolve("logger").warn(`order exceptions: sync after action failed: ${errors[0].error?.message}`)
    }
    return new StepResponse(!errors?.length)
  }
)

const finishActionStep = createStep(
  "order-exceptions-finish-action",
  async (input: { case_id: string; outcome: ActionOutcome }, { container }) => {
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    return new StepResponse(await service.finishAction({ id: input.case_id, outcome: input.outcome }))
  }
)

/**
 * One-click actions on a case: capture the payment, cancel the order or
 * refund, each through Medusa's own workflow. The outcome (success or the
 * error message) is recorded on the case whatever happens; when the action
 * removed the cause, the case closes with resolution "action:<name>".
 */
export const runOrderExceptionActionWorkflow = createWorkflow(
  runOrderExceptionActionWorkflowId,
  (input: RunOrderExceptionActionInput) => {
    const prepared = prepareActionStep(input)
    const outcome = runCoreActionStep({ prepared, action: input.action, actor: input.actor, note: input.note })
    syncAfterActionStep({ case_id: prepared.case_id, order_id: prepared.order_id, outcome })
    const updated = finishActionStep({ case_id: prepared.case_id, outcome })
    return new WorkflowResponse({ case: updated, outcome })
  }
)
