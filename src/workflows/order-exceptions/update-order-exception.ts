import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_EXCEPTION_MODULE } from "../../modules/order-exception"
import type OrderExceptionModuleService from "../../modules/order-exception/service"
import type { CaseStatus } from "../../modules/order-exception/types"

export const updateOrderExceptionWorkflowId = "order-exceptions-update-case"

export type UpdateOrderExceptionInput = {
  id: string
  status?: CaseStatus
  /** A user id, or null to unassign. */
  assignee?: string | null
  note?: string | null
  actor: string
}

/** The case exists and the assignee is an admin user: checked before anything is written. */
const validateCaseUpdateStep = createStep(
  "order-exceptions-validate-case-update",
  async (input: UpdateOrderExceptionInput, { container }) => {
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    const [found] = await service.listOrderExceptionCases({ id: input.id }, { select: ["id"], take: 1 })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order exception case ${input.id} was not found`)
    if (input.assignee) {
      const users = await container.resolve(Modules.USER).listUsers({ id: input.assignee }, { select: ["id"] })
      if (!users.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `User ${input.assignee} does not exist`)
    }
    return new StepResponse(true)
  }
)

const transitionCaseStep = createStep(
  "order-exceptions-transition-case",
  async (input: { id: string; to: CaseStatus; actor: string; note?: string | null }, { container }) => {
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    const [before] = await service.listOrderExceptionCases(
      { id: input.id },
      { select: ["id", "status", "resolved_at", "resolved_by", "resolution", "pending_action"], take: 1 }
    )
    const { case: updated } = await service.transitionCase(input)
    return new StepResponse(updated, before)
  },
  async (before: any, { container }) => {
    if (!before) return
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    await service.restoreCases([before])
  }
)

const assignCaseStep = createStep(
  "order-exceptions-assign-case",
  async (input: { id: string; assignee: string | null; actor: string }, { container }) => {
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    const { case: updated, previous } = await service.assignCase(input)
    return new StepResponse(updated, { id: input.id, assignee: previous.assignee })
  },
  async (before: { id: string; assignee: string | null } | undefined, { container }) => {
    if (!before) return
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    await service.restoreCases([before])
  }
)

/**
 * Moves a case to another status (allowed transitions only: 400 otherwise,
 * nothing written) and/or assigns it. Both are logged on the case.
 */
export const updateOrderExceptionWorkflow = createWorkflow(
  updateOrderExceptionWorkflowId,
  (input: UpdateOrderExceptionInput) => {
    validateCaseUpdateStep(input)
    when({ input }, ({ input }) => input.assignee !== undefined).then(() => {
      assignCaseStep({ id: input.id, assignee: input.assignee as string | null, actor: input.actor })
    })
    when({ input }, ({ input }) => !!input.status).then(() => {
      transitionCaseStep({ id: input.id, to: input.status as CaseStatus, actor: input.actor, note: input.note })
    })
    return new WorkflowResponse({ id: input.id })
  }
)
