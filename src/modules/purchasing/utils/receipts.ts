import { MedusaError } from "@medusajs/framework/utils"
import type { PurchaseOrderLineState, PurchaseOrderStatus, ReceiptLineInput, ReceiptPlan } from "../types"

export const RECEIVABLE_STATUSES: PurchaseOrderStatus[] = ["ordered", "partially_received"]

/** What is still expected on a line (never negative, even after an over-receipt). */
export const openQuantity = (line: PurchaseOrderLineState) =>
  Math.max(line.quantity_ordered - line.quantity_received, 0)

/** received once every line has all it ordered; partially_received otherwise. */
export function statusAfterReceipt(lines: PurchaseOrderLineState[]): PurchaseOrderStatus {
  return lines.every((l) => l.quantity_received >= l.quantity_ordered) ? "received" : "partially_received"
}

/**
 * Checks a receive request against the order and says what to book. Throws
 * before anything is written: unknown lines, duplicates, quantities that are
 * not positive integers, or more than is still open (unless allowed).
 */
export function planReceipt(
  status: PurchaseOrderStatus,
  lines: PurchaseOrderLineState[],
  input: ReceiptLineInput[],
  allowOverReceipt = false
): ReceiptPlan {
  if (!RECEIVABLE_STATUSES.includes(status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `A ${status.replace("_", " ")} purchase order cannot be received; order it first`
    )
  }
  if (!input.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Nothing to receive")
  const byId = new Map(lines.map((l) => [l.id, l]))
  const byItem = new Map(lines.map((l) => [l.inventory_item_id, l]))
  const booked = new Map<string, number>()
  const errors: string[] = []
  for (const entry of input) {
    const line = entry.line_id ? byId.get(entry.line_id) : byItem.get(entry.inventory_item_id ?? "")
    const ref = entry.line_id ?? entry.inventory_item_id ?? "?"
    if (!line) {
      errors.push(`${ref} is not a line of this purchase order`)
      continue
    }
    if (booked.has(line.id)) {
      errors.push(`${ref} is listed more than once`)
      continue
    }
    if (!Number.isInteger(entry.quantity) || entry.quantity <= 0) {
      errors.push(`${ref}: quantity must be a positive integer`)
      continue
    }
    const open = openQuantity(line)
    if (!allowOverReceipt && entry.quantity > open) {
      errors.push(`${ref}: ${entry.quantity} is more than the ${open} still expected`)
      continue
    }
    booked.set(line.id, entry.quantity)
  }
  if (errors.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, errors.join("; "))

  const after = lines.map((l) => ({ ...l, quantity_received: l.quantity_received + (booked.get(l.id) ?? 0) }))
  return {
    lines: lines
      .filter((l) => booked.has(l.id))
      .map((l) => ({
        line_id: l.id,
        inventory_item_id: l.inventory_item_id,
        quantity: booked.get(l.id)!,
        expected_quantity: Math.min(booked.get(l.id)!, openQuantity(l)),
      })),
    status: statusAfterReceipt(after),
  }
}

/** PO-000123 */
export const formatPurchaseOrderNumber = (displayNumber: number | null | undefined) =>
  `PO-${String(displayNumber ?? 0).padStart(6, "0")}`
