import { Badge } from "@medusajs/ui"
import { capitalize } from "../../lib/format"
import type { LoyaltyEntryKind } from "../../lib/types"

const COLORS: Record<LoyaltyEntryKind, "green" | "blue" | "orange" | "red" | "purple"> = {
  earn: "green",
  redeem: "blue",
  expire: "orange",
  reverse: "red",
  adjust: "purple",
}

export const EntryKindBadge = ({ kind }: { kind: LoyaltyEntryKind }) => (
  <Badge size="2xsmall" color={COLORS[kind] ?? "grey"}>
    {capitalize(kind)}
  </Badge>
)
