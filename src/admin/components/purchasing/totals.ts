import type { PurchaseOrderLine } from "../../lib/purchasing-types"

/**
 * Order value for display: quantities times unit costs, summed in integer
 * hundred-thousandths so that 0.1 + 0.2 stays 0.3. The server keeps the
 * exact decimals; this is only what the page shows.
 */
export const orderTotal = (lines: Pick<PurchaseOrderLine, "quantity_ordered" | "unit_cost">[]) => {
  const SCALE = 100_000
  const scaled = lines.reduce((sum, l) => sum + Math.round(Number(l.unit_cost) * SCALE) * l.quantity_ordered, 0)
  return scaled / SCALE
}
