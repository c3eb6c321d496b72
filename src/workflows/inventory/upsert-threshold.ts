import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { INVENTORY_ALERT_MODULE } from "../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../modules/inventory-alert/service"
import { processStockChangesWorkflow } from "./process-stock-changes"

export const upsertThresholdWorkflowId = "inventory-upsert-threshold"

export type UpsertThresholdInput = {
  inventory_item_id: string
  location_id?: string | null
  threshold: number
  safety_stock?: number | null
  actor: string
}

const validateThresholdTargetStep = createStep(
  "inventory-validate-threshold-target",
  async (input: UpsertThresholdInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: items } = await query.graph({
      entity: "inventory_item",
      fields: ["id"],
      filters: { id: input.inventory_item_id },
    })
    if (!items.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Inventory item ${input.inventory_item_id} was not found`)
    }
    if (input.location_id) {
      const { data: locations } = await query.graph({
        entity: "stock_location",
        fields: ["id"],
        filters: { id: input.location_id },
      })
      if (!locations.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${input.location_id} was not found`)
      }
    }
    return new StepResponse(true)
  }
)

type ThresholdSnapshot = { id: string; existed: boolean; threshold: number; safety_stock: number | null }

const upsertThresholdStep = createStep(
  "inventory-upsert-threshold-step",
  async (input: UpsertThresholdInput, { container }) => {
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    const [existing] = await service.listInventoryThresholds({
      inventory_item_id: input.inventory_item_id,
      location_id: input.location_id ?? null,
    })
    const data = {
      threshold: input.threshold,
      safety_stock: input.safety_stock === undefined ? (existing?.safety_stock ?? null) : input.safety_stock,
      updated_by: input.actor,
    }
    if (existing) {
      const updated = await service.updateInventoryThresholds({ id: existing.id, ...data })
      return new StepResponse(updated, {
        id: existing.id,
        existed: true,
        threshold: existing.threshold,
        safety_stock: existing.safety_stock,
      } as ThresholdSnapshot)
    }
    const created = await service.createInventoryThresholds({
      inventory_item_id: input.inventory_item_id,
      location_id: input.location_id ?? null,
      ...data,
    })
    return new StepResponse(created, { id: created.id, existed: false, threshold: 0, safety_stock: null })
  },
  async (snapshot: ThresholdSnapshot | undefined, { container }) => {
    if (!snapshot) return
    const service: InventoryAlertModuleService = container.resolve(INVENTORY_ALERT_MODULE)
    if (snapshot.existed) {
      await service.updateInventoryThresholds({
        id: snapshot.id,
        threshold: snapshot.threshold,
        safety_stock: snapshot.safety_stock,
      })
    } else {
      await service.deleteInventoryThresholds(snapshot.id)
    }
  }
)

/**
 * Sets the threshold of an item (all locations, or one location) and
 * re-evaluates the item at once: a threshold raised above the current stock
 * raises its alert without waiting for the next stock change.
 */
export const upsertThresholdWorkflow = createWorkflow(upsertThresholdWorkflowId, (input: UpsertThresholdInput) => {
  validateThresholdTargetStep(input)
  const threshold = upsertThresholdStep(input)
  processStockChangesWorkflow.runAsStep({ input: { inventory_item_ids: [input.inventory_item_id] } })
  return new WorkflowResponse(threshold)
})
