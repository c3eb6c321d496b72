import { MathBN } from "@medusajs/framework/utils"

/**
 * An order's current total read from its stored summary (the figure Medusa
 * keeps in `order_summary` and updates with every order change), so a read
 * can ask for `summary.*` instead of `total`: asking for `total` makes the
 * Order module load items, shipping methods, adjustments, tax lines and
 * credit lines and compute every total. Decimal string; null when the order
 * has no summary.
 */
export function orderTotal(order: { summary?: any } | null | undefined): string | null {
  const summary = order?.summary
  if (!summary) return null
  const raw = summary.raw_current_order_total
  // the raw value comes back padded to its precision ("54.728100000000000000")
  if (raw && typeof raw === "object" && raw.value != null) return MathBN.convert(raw.value).toString()
  const value = summary.current_order_total
  if (value == null) return null
  if (typeof value === "object" && "numeric" in value) return String(value.numeric)
  return String(value)
}
