import { StatusBadge } from "@medusajs/ui"
import { capitalize } from "../../lib/format"
import type { CouponBatchStatus, CouponCodeStatus } from "../../lib/types"

type Color = "green" | "red" | "blue" | "orange" | "grey" | "purple"

const BATCH_COLORS: Record<CouponBatchStatus, Color> = { generating: "orange", ready: "green", failed: "red" }

export const BatchStatusBadge = ({ status }: { status: CouponBatchStatus }) => (
  <StatusBadge color={BATCH_COLORS[status] ?? "grey"}>{capitalize(status)}</StatusBadge>
)

const CODE_COLORS: Record<CouponCodeStatus, Color> = {
  unused: "green",
  applied: "blue",
  redeemed: "purple",
  revoked: "red",
  expired: "grey",
}

export const CodeStatusBadge = ({ status }: { status: CouponCodeStatus }) => (
  <StatusBadge color={CODE_COLORS[status] ?? "grey"}>{capitalize(status)}</StatusBadge>
)
