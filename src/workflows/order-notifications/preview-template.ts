import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_TIMELINE_MODULE } from "../../modules/order-timeline"
import type OrderTimelineModuleService from "../../modules/order-timeline/service"
import {
  DEFAULT_TEMPLATES,
  describeProblem,
  renderTemplate,
  validateTemplate,
  type TemplateKey,
} from "../../modules/order-timeline/utils/templates"
import { previewVariables } from "./utils/preview-variables"

export const previewNotificationTemplateWorkflowId = "order-notifications-preview-template"

export type PreviewNotificationTemplateInput = { key: TemplateKey; order_id?: string; subject?: string; body?: string }

/** Renders a template (stored, or the unsaved text given) with a real or a sample order. Writes nothing. */
const previewTemplateStep = createStep(
  "order-notifications-preview-template-step",
  async (input: PreviewNotificationTemplateInput, { container }) => {
    const service: OrderTimelineModuleService = container.resolve(ORDER_TIMELINE_MODULE)
    const [stored] = await service.listNotificationTemplates({ key: input.key })
    const template = {
      subject: input.subject ?? stored?.subject ?? DEFAULT_TEMPLATES[input.key].subject,
      body: input.body ?? stored?.body ?? DEFAULT_TEMPLATES[input.key].body,
    }
    const problems = validateTemplate(input.key, template)
    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Template "${input.key}" has ${problems.length} problem${problems.length === 1 ? "" : "s"}: ${problems
          .map(describeProblem)
          .join("; ")}`
      )
    }
    const variables = await previewVariables(container, input.key, input.order_id)
    if (!variables) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id "${input.order_id}" not found`)
    }
    const rendered = renderTemplate(template, variables)
    return new StepResponse({
      key: input.key,
      order_id: input.order_id ?? null,
      sample: !input.order_id,
      subject: rendered.subject,
      body: rendered.body,
      variables,
    })
  }
)

export const previewNotificationTemplateWorkflow = createWorkflow(
  previewNotificationTemplateWorkflowId,
  (input: PreviewNotificationTemplateInput) => new WorkflowResponse(previewTemplateStep(input))
)
