import { StatusBadge } from "@medusajs/ui"
import type { PurchaseOrderStatus } from "../../lib/purchasing-types"

const COLORS: Record<PurchaseOrderStatus, "green" | "red" | "blue" | "orange" | "grey" | "purple"> = {
  draft: "grey",
  ordered: "blue",
  partially_received: "orange",
  received: "green",
  canceled: "red",
}

export const statusLabel = (status: PurchaseOrderStatus) =>
  status === "partially_received" ? "Partially received" : status.charAt(0).toUpperCase() + status.slice(1)

export const PurchaseOrderStatusBadge = ({ status }: { status: PurchaseOrderStatus }) => (
  <StatusBadge color={COLORS[status] ?? "grey"}>{statusLabel(status)}</StatusBadge>
)
