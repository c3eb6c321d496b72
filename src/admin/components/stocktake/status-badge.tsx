import { StatusBadge } from "@medusajs/ui"
import { capitalize } from "../../lib/format"
import type { StocktakeStatus } from "../../lib/stocktake-types"

const COLORS: Record<StocktakeStatus, "orange" | "green" | "grey"> = {
  counting: "orange",
  approved: "green",
  canceled: "grey",
}

export const StocktakeStatusBadge = ({ status }: { status: StocktakeStatus }) => (
  <StatusBadge color={COLORS[status] ?? "grey"}>{capitalize(status)}</StatusBadge>
)
