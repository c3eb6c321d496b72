import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_EXCEPTION_MODULE } from "../../modules/order-exception"
import type OrderExceptionModuleService from "../../modules/order-exception/service"

export const closeOrderExceptionsWorkflowId = "order-exceptions-close-cases"

export type CloseOrderExceptionsInput = {
  ids: string[]
  to: "resolved" | "dismissed"
  actor: string
  note?: string | null
}

const closeCasesStep = createStep(
  "order-exceptions-close-cases-step",
  async (input: CloseOrderExceptionsInput, { container }) => {
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    const changed = await service.closeCases(input)
    return new StepResponse(
      changed,
      changed.map((c) => ({ id: c.id, status: c.previous_status }))
    )
  },
  async (previous: { id: string; status: string }[] | undefined, { container }) => {
    if (!previous?.length) return
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    await service.restoreCases(previous.map((p) => ({ ...p, resolved_at: null, resolved_by: null, resolution: null })))
  }
)

/** Resolves or dismisses cases in bulk; cases already closed are left as they are. */
export const closeOrderExceptionsWorkflow = createWorkflow(
  closeOrderExceptionsWorkflowId,
  (input: CloseOrderExceptionsInput) => new WorkflowResponse(closeCasesStep(input))
)
