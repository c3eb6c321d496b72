import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_TIMELINE_MODULE } from "../../modules/order-timeline"
import type OrderTimelineModuleService from "../../modules/order-timeline/service"
import type { NotificationTemplateRow } from "../../modules/order-timeline/types"
import {
  DEFAULT_TEMPLATES,
  describeProblem,
  validateTemplate,
  type TemplateKey,
} from "../../modules/order-timeline/utils/templates"

export const updateNotificationTemplateWorkflowId = "order-notifications-update-template"

export type UpdateNotificationTemplateInput = {
  key: TemplateKey
  update: Partial<Pick<NotificationTemplateRow, "subject" | "body" | "enabled" | "channel">>
  actor: string | null
}

/** Rejects the edit, before anything is written, when the resulting template has problems. */
const validateTemplateUpdateStep = createStep(
  "order-notifications-validate-template-update",
  async (input: UpdateNotificationTemplateInput, { container }) => {
    const service: OrderTimelineModuleService = container.resolve(ORDER_TIMELINE_MODULE)
    const [current] = await service.listNotificationTemplates({ key: input.key })
    const subject = input.update.subject ?? current?.subject ?? DEFAULT_TEMPLATES[input.key].subject
    const body = input.update.body ?? current?.body ?? DEFAULT_TEMPLATES[input.key].body
    const problems = validateTemplate(input.key, { subject, body })
    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Template "${input.key}" has ${problems.length} problem${problems.length === 1 ? "" : "s"}: ${problems
          .map(describeProblem)
          .join("; ")}`
      )
    }
    return new StepResponse(true)
  }
)

const updateTemplateStep = createStep(
  "order-notifications-update-template-step",
  async (input: UpdateNotificationTemplateInput, { container }) => {
    const service: OrderTimelineModuleService = container.resolve(ORDER_TIMELINE_MODULE)
    const { before, after } = await service.updateTemplate(input.key, input.update, input.actor)
    return new StepResponse(after, before)
  },
  async (before, { container }) => {
    if (!before) return
    const service: OrderTimelineModuleService = container.resolve(ORDER_TIMELINE_MODULE)
    await service.restoreTemplate(before)
  }
)

/** Edits a customer notification template after validating its variables and braces. */
export const updateNotificationTemplateWorkflow = createWorkflow(
  updateNotificationTemplateWorkflowId,
  (input: UpdateNotificationTemplateInput) => {
    validateTemplateUpdateStep(input)
    return new WorkflowResponse(updateTemplateStep(input))
  }
)
