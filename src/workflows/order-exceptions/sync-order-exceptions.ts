import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { chunks } from "../../lib/sql"
import { ORDER_EXCEPTION_MODULE } from "../../modules/order-exception"
import type OrderExceptionModuleService from "../../modules/order-exception/service"
import { applyOrderCasesStep } from "./steps/apply-order-cases"
import { loadOrderExceptionFactsStep } from "./steps/load-order-facts"

export const syncOrderExceptionsWorkflowId = "order-exceptions-sync-orders"

export type SyncOrderExceptionsInput = {
  order_ids?: string[]
  /** Fulfillment ids (shipment.created, delivery.created carry only these). */
  fulfillment_ids?: string[]
  /** Payment ids (payment.captured, payment.refunded). */
  payment_ids?: string[]
  /** Inventory levels that changed: orders holding reservations stock no longer covers, and orders oversold on them. */
  inventory_level_ids?: string[]
}

/** The orders behind the references an event carries. */
const resolveOrderIdsStep = createStep(
  "order-exceptions-resolve-order-ids",
  async (input: SyncOrderExceptionsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = new Set(input.order_ids ?? [])
    for (const part of chunks(input.fulfillment_ids ?? [], 200)) {
      const { data } = await query.graph({
        entity: "order_fulfillment",
        fields: ["order_id"],
        filters: { fulfillment_id: part },
      })
      data.forEach((row: any) => row.order_id && ids.add(row.order_id))
    }
    for (const part of chunks(input.payment_ids ?? [], 200)) {
      const { data } = await query.graph({
        entity: "payment",
        fields: ["id", "payment_collection.order.id"],
        filters: { id: part },
      })
      data.forEach((row: any) => row.payment_collection?.order?.id && ids.add(row.payment_collection.order.id))
    }
    const levelIds = input.inventory_level_ids ?? []
    if (levelIds.length) {
      const inventory = container.resolve(Modules.INVENTORY)
      const levels = await inventory.listInventoryLevels(
        { id: levelIds },
        { select: ["id", "inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"], take: null }
      )
      const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
      const itemIds = [...new Set(levels.map((l: any) => l.inventory_item_id as string))]
      for (const id of await service.listOrdersOversoldOn(itemIds)) ids.add(id)
      const lineItemIds = new Set<string>()
      for (const level of levels.filter((l: any) => MathBN.gt(l.reserved_quantity, l.stocked_quantity))) {
        const reservations = await inventory.listReservationItems(
          { inventory_item_id: level.inventory_item_id, location_id: level.location_id },
          { select: ["line_item_id"], take: null }
        )
        reservations.forEach((r: any) => r.line_item_id && lineItemIds.add(r.line_item_id))
      }
      for (const part of chunks([...lineItemIds], 200)) {
        const { data } = await query.graph({ entity: "order_item", fields: ["order_id"], filters: { item_id: part } })
        data.forEach((row: any) => row.order_id && ids.add(row.order_id))
      }
    }
    return new StepResponse([...ids])
  }
)

/**
 * Brings the inbox in line with the orders' current state: raises the cases
 * their state calls for, closes the ones whose cause is gone. Safe to run any
 * number of times for the same orders (every event handler and the scan run it).
 */
export const syncOrderExceptionsWorkflow = createWorkflow(
  syncOrderExceptionsWorkflowId,
  (input: SyncOrderExceptionsInput) => {
    const orderIds = resolveOrderIdsStep(input)
    const orders = loadOrderExceptionFactsStep({ order_ids: orderIds })
    return new WorkflowResponse(applyOrderCasesStep({ orders }))
  }
)
