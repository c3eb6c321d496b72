import type { CountInput, CountProblem, LineForCount, ResolvedCount } from "../types"

/**
 * Matches submitted counts to a stocktake's lines, by inventory item id or
 * by SKU (exact, after trimming). Reports every unknown item, every line
 * counted twice in the same submission and every id/SKU pair that disagrees.
 * Callers write nothing unless `errors` is empty.
 */
export function resolveCounts(
  counts: CountInput[],
  lines: LineForCount[]
): { counts: ResolvedCount[]; errors: CountProblem[] } {
  const byItem = new Map(lines.map((l) => [l.inventory_item_id, l]))
  const bySku = new Map<string, LineForCount[]>()
  for (const line of lines) {
    if (!line.sku) continue
    const key = line.sku.trim()
    bySku.set(key, [...(bySku.get(key) ?? []), line])
  }
  const seen = new Map<string, string>()
  const resolved: ResolvedCount[] = []
  const errors: CountProblem[] = []

  counts.forEach((count, index) => {
    const label = count.label ?? `counts[${index}]`
    const itemId = count.inventory_item_id?.trim() || null
    const sku = count.sku?.trim() || null
    let line: LineForCount | undefined
    if (itemId) {
      line = byItem.get(itemId)
      if (!line) return errors.push({ label, message: `inventory item ${itemId} is not part of this stocktake` })
      if (sku && line.sku?.trim() !== sku) {
        return errors.push({ label, message: `sku "${sku}" does not belong to inventory item ${itemId}` })
      }
    } else if (sku) {
      const matches = bySku.get(sku) ?? []
      if (!matches.length) return errors.push({ label, message: `unknown sku "${sku}"` })
      if (matches.length > 1) {
        return errors.push({ label, message: `sku "${sku}" matches several items: use inventory_item_id` })
      }
      line = matches[0]
    } else {
      return errors.push({ label, message: "an inventory_item_id or a sku is required" })
    }
    const first = seen.get(line.id)
    if (first) {
      return errors.push({ label, message: `${line.sku ?? line.inventory_item_id} is already counted at ${first}` })
    }
    seen.set(line.id, label)
    resolved.push({
      line_id: line.id,
      inventory_item_id: line.inventory_item_id,
      counted_quantity: count.counted_quantity,
    })
  })
  return { counts: resolved, errors }
}
