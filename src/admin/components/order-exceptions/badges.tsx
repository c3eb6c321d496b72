import { Badge, StatusBadge } from "@medusajs/ui"
import type { CaseStatus, CaseType, Severity } from "./types"

type Color = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const TYPE_LABELS: Record<CaseType, string> = {
  payment_failed: "Payment failed",
  authorized_not_captured: "Not captured",
  capture_mismatch: "Capture ≠ total",
  oversold: "Oversold",
  canceled_refund_pending: "Refund pending",
  not_fulfilled: "Not fulfilled",
  not_delivered: "Not delivered",
  high_fraud_risk: "Fraud risk",
}

export const STATUS_LABELS: Record<CaseStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  resolved: "Resolved",
  dismissed: "Dismissed",
}

const SEVERITY_COLORS: Record<Severity, Color> = { critical: "red", high: "orange", medium: "blue", low: "grey" }
const STATUS_COLORS: Record<CaseStatus, Color> = {
  open: "red",
  in_progress: "blue",
  resolved: "green",
  dismissed: "grey",
}

export const SeverityBadge = ({ severity }: { severity: Severity }) => (
  <StatusBadge color={SEVERITY_COLORS[severity] ?? "grey"}>
    {severity.charAt(0).toUpperCase() + severity.slice(1)}
  </StatusBadge>
)

export const CaseStatusBadge = ({ status }: { status: CaseStatus }) => (
  <StatusBadge color={STATUS_COLORS[status] ?? "grey"}>{STATUS_LABELS[status] ?? status}</StatusBadge>
)

export const TypeBadge = ({ type }: { type: CaseType }) => (
  <Badge size="2xsmall" color={type === "high_fraud_risk" || type === "oversold" ? "red" : "orange"}>
    {TYPE_LABELS[type] ?? type}
  </Badge>
)

/** "3 h", "2 d" — how long a case has been open. */
export const formatAge = (seconds: number) => {
  if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} min`
  if (seconds < 86_400) return `${Math.round(seconds / 3600)} h`
  return `${Math.round(seconds / 86_400)} d`
}

/** Resolution as words: auto / manual / dismissed / action:<name>. */
export const resolutionLabel = (resolution: string | null) =>
  !resolution
    ? null
    : resolution === "auto"
      ? "Closed itself (cause gone)"
      : resolution === "manual"
        ? "Resolved by hand"
        : resolution === "dismissed"
          ? "Dismissed"
          : resolution.startsWith("action:")
            ? `Resolved by ${resolution.slice(7)}`
            : resolution
