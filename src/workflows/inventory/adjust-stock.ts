import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { adjustInventoryLevelsStep, updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { registerMovementCausesStep } from "./steps/register-movement-causes"

export const adjustStockWorkflowId = "inventory-adjust-stock"

export type AdjustStockInput = {
  inventory_item_id: string
  location_id: string
  /** Add (or, negative, remove) units; or set `stocked_quantity`. Exactly one of the two. */
  adjustment?: number
  stocked_quantity?: number
  reason: "manual" | "import" | "other"
  note: string
  actor: string
}

const validateAdjustmentStep = createStep(
  "inventory-validate-stock-adjustment",
  async (input: AdjustStockInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: levels } = await query.graph({
      entity: "inventory_level",
      fields: ["id", "stocked_quantity", "reserved_quantity"],
      filters: { inventory_item_id: input.inventory_item_id, location_id: input.location_id },
    })
    const level = levels[0]
    if (!level) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Inventory item ${input.inventory_item_id} is not stocked at location ${input.location_id}`
      )
    }
    const next =
      input.stocked_quantity !== undefined ? input.stocked_quantity : Number(level.stocked_quantity) + input.adjustment!
    if (next < 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Stocked quantity cannot go below 0 (it is ${Number(level.stocked_quantity)})`
      )
    }
    return new StepResponse({ level_id: level.id as string })
  }
)

/**
 * A merchant's stock edit with a reason: the change goes through Medusa's
 * inventory workflows, and the ledger row it produces carries the reason,
 * the note and the admin who made it.
 */
export const adjustStockWorkflow = createWorkflow(adjustStockWorkflowId, (input: AdjustStockInput) => {
  const validated = validateAdjustmentStep(input)
  registerMovementCausesStep(
    transform({ input }, ({ input }) => ({
      reason: input.reason,
      reference_type: "inventory_item",
      reference_id: input.inventory_item_id,
      actor: input.actor,
      note: input.note,
      levels: [{ inventory_item_id: input.inventory_item_id, location_id: input.location_id }],
    }))
  )
  when({ input }, ({ input }) => input.stocked_quantity !== undefined).then(() => {
    updateInventoryLevelsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        updates: [
          {
            inventory_item_id: input.inventory_item_id,
            location_id: input.location_id,
            stocked_quantity: input.stocked_quantity!,
          },
        ],
      })),
    })
  })
  when({ input }, ({ input }) => input.stocked_quantity === undefined).then(() => {
    adjustInventoryLevelsStep(
      transform({ input }, ({ input }) => [
        { inventory_item_id: input.inventory_item_id, location_id: input.location_id, adjustment: input.adjustment! },
      ])
    )
  })
  return new WorkflowResponse(validated)
})
