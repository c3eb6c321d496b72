import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import PurchaseOrder from "./models/purchase-order"
import PurchaseOrderLine from "./models/purchase-order-line"
import PurchaseOrderReceipt from "./models/purchase-order-receipt"
import Supplier from "./models/supplier"
import SupplierItem from "./models/supplier-item"
import type { PurchaseOrderStatus, ReceiptLine } from "./types"
import { transactionOf } from "../../lib/sql"

export type RecordReceiptInput = {
  purchase_order_id: string
  idempotency_key: string
  lines: ReceiptLine[]
  status: PurchaseOrderStatus
  received_by?: string | null
}

export type RecordReceiptResult = {
  receipt_id: string
  /** false: a receipt with this idempotency key already existed; nothing changed. */
  created: boolean
  previous_status: PurchaseOrderStatus
}

export type TransitionInput = {
  id: string
  from: PurchaseOrderStatus[]
  to: PurchaseOrderStatus
  set?: Partial<Record<"ordered_at" | "received_at" | "canceled_at", Date | null>>
}

/**
 * Suppliers, their item costs, purchase orders and receipts. Stock itself
 * lives in Medusa's Inventory Module and is moved by the purchasing workflows.
 */
class PurchasingModuleService extends MedusaService({
  Supplier,
  SupplierItem,
  PurchaseOrder,
  PurchaseOrderLine,
  PurchaseOrderReceipt,
}) {
  /**
   * Moves an order from one of `from` to `to` atomically: two concurrent
   * requests (order twice, cancel while receiving) cannot both succeed.
   */
  @InjectTransactionManager()
  async transitionPurchaseOrder(input: TransitionInput, @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, "Purchasing writes")
    const [row] = await knex("purchase_order")
      .where({ id: input.id })
      .whereIn("status", input.from)
      .whereNull("deleted_at")
      .update({ status: input.to, ...(input.set ?? {}), updated_at: new Date() })
      .returning(["id", "status"])
    if (row) return row as { id: string; status: PurchaseOrderStatus }
    const current = await knex("purchase_order").where({ id: input.id }).whereNull("deleted_at").first("status")
    if (!current) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Purchase order ${input.id} was not found`)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Purchase order ${input.id} is ${current.status}; it must be ${input.from.join(" or ")} to become ${input.to}`
    )
  }

  /**
   * Books a receipt: the receipt row (unique idempotency key), the lines'
   * received quantities and the order's status, in one transaction under a
   * row lock on the order. The same key again changes nothing.
   */
  @InjectTransactionManager()
  async recordReceipt(
    input: RecordReceiptInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordReceiptResult> {
    const knex = transactionOf(sharedContext, "Purchasing writes")
    const order = await knex("purchase_order")
      .where({ id: input.purchase_order_id })
      .whereNull("deleted_at")
      .forUpdate()
      .first("id", "status")
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Purchase order ${input.purchase_order_id} was not found`)
    }
    const now = new Date()
    const [receipt] = await knex("purchase_order_receipt")
      .insert({
        id: generateEntityId(undefined, "porc"),
        purchase_order_id: input.purchase_order_id,
        idempotency_key: input.idempotency_key,
        lines: JSON.stringify(input.lines),
        received_by: input.received_by ?? null,
        created_at: now,
        updated_at: now,
      })
      .onConflict(knex.raw("(idempotency_key) WHERE deleted_at IS NULL"))
      .ignore()
      .returning("id")
    if (!receipt) {
      const existing = await knex("purchase_order_receipt")
        .where({ idempotency_key: input.idempotency_key })
        .whereNull("deleted_at")
        .first("id")
      return { receipt_id: existing.id, created: false, previous_status: order.status }
    }
    if (!["ordered", "partially_received"].includes(order.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A ${order.status} purchase order cannot be received`)
    }
    for (const line of input.lines) {
      const updated = await knex("purchase_order_line")
        .where({ id: line.line_id, purchase_order_id: input.purchase_order_id })
        .whereNull("deleted_at")
        .increment("quantity_received", line.quantity)
        .update({ updated_at: now })
        .returning("id")
      if (!updated.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Purchase order line ${line.line_id} was not found`)
      }
    }
    await knex("purchase_order")
      .where({ id: input.purchase_order_id })
      .update({ status: input.status, received_at: input.status === "received" ? now : null, updated_at: now })
    return { receipt_id: receipt.id ?? receipt, created: true, previous_status: order.status }
  }

  /** Undoes recordReceipt (workflow compensation): quantities, status, and the receipt row itself. */
  @InjectTransactionManager()
  async revertReceipt(
    input: { receipt_id: string; previous_status: PurchaseOrderStatus },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, "Purchasing writes")
    const receipt = await knex("purchase_order_receipt").where({ id: input.receipt_id }).first()
    if (!receipt) return
    const lines: ReceiptLine[] = typeof receipt.lines === "string" ? JSON.parse(receipt.lines) : receipt.lines
    const now = new Date()
    for (const line of lines) {
      await knex("purchase_order_line")
        .where({ id: line.line_id })
        .decrement("quantity_received", line.quantity)
        .update({ updated_at: now })
    }
    await knex("purchase_order")
      .where({ id: receipt.purchase_order_id })
      .update({ status: input.previous_status, received_at: null, updated_at: now })
    await knex("purchase_order_receipt").where({ id: input.receipt_id }).delete()
  }
}

export default PurchasingModuleService
