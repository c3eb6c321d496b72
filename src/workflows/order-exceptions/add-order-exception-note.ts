import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_EXCEPTION_MODULE } from "../../modules/order-exception"
import type OrderExceptionModuleService from "../../modules/order-exception/service"

export const addOrderExceptionNoteWorkflowId = "order-exceptions-add-note"

const addNoteStep = createStep(
  "order-exceptions-add-note-step",
  async (input: { case_id: string; author: string; body: string }, { container }) => {
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    const note = await service.addNote(input)
    return new StepResponse(note, note.id as string)
  },
  async (noteId: string | undefined, { container }) => {
    if (!noteId) return
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    await service.deleteNotes([noteId])
  }
)

/** Adds a merchant's note to a case (404 for an unknown case). */
export const addOrderExceptionNoteWorkflow = createWorkflow(
  addOrderExceptionNoteWorkflowId,
  (input: { case_id: string; author: string; body: string }) => new WorkflowResponse(addNoteStep(input))
)
