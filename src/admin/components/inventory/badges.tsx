import { Badge, StatusBadge } from "@medusajs/ui"
import { capitalize } from "../../lib/format"
import type {
  InventoryAlertKind,
  InventoryAlertSeverity,
  InventoryAlertStatus,
  StockLedgerReason,
} from "../../lib/inventory-types"

type Color = "green" | "red" | "blue" | "orange" | "grey" | "purple"

const SEVERITY_COLORS: Record<InventoryAlertSeverity, Color> = { critical: "red", warning: "orange" }

export const SeverityBadge = ({ severity }: { severity: InventoryAlertSeverity }) => (
  <StatusBadge color={SEVERITY_COLORS[severity] ?? "grey"}>{capitalize(severity)}</StatusBadge>
)

const STATUS_COLORS: Record<InventoryAlertStatus, Color> = { open: "red", acknowledged: "blue", resolved: "green" }

export const AlertStatusBadge = ({ status }: { status: InventoryAlertStatus }) => (
  <StatusBadge color={STATUS_COLORS[status] ?? "grey"}>{capitalize(status)}</StatusBadge>
)

export const KIND_LABELS: Record<InventoryAlertKind, string> = { low_stock: "Low stock", out_of_stock: "Out of stock" }

export const KindBadge = ({ kind }: { kind: InventoryAlertKind }) => (
  <Badge size="2xsmall" color={kind === "out_of_stock" ? "red" : "orange"}>
    {KIND_LABELS[kind] ?? kind}
  </Badge>
)

export const REASON_LABELS: Record<StockLedgerReason, string> = {
  order: "Order",
  return: "Return",
  receipt: "Receipt",
  stocktake: "Stocktake",
  manual: "Manual",
  import: "Import",
  other: "Other",
}

const REASON_COLORS: Record<StockLedgerReason, Color> = {
  order: "blue",
  return: "purple",
  receipt: "green",
  stocktake: "orange",
  manual: "grey",
  import: "grey",
  other: "grey",
}

export const ReasonBadge = ({ reason }: { reason: StockLedgerReason }) => (
  <Badge size="2xsmall" color={REASON_COLORS[reason] ?? "grey"}>
    {REASON_LABELS[reason] ?? reason}
  </Badge>
)
