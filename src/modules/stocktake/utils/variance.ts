import { MathBN } from "@medusajs/framework/utils"
import type { LineForVariance } from "../types"

export type VarianceLine = {
  id: string
  inventory_item_id: string
  sku: string | null
  title: string | null
  expected_quantity: number
  counted_quantity: number
  variance_quantity: number
  unit_cost: number | null
  currency_code: string | null
  /** unit_cost × variance_quantity, in currency_code; null when the unit cost is unknown. */
  variance_value: number | null
  applied_delta: number | null
}

export type CurrencyVariance = {
  currency_code: string
  /** Net value: surplus − shortage. */
  variance_value: number
  surplus_value: number
  shortage_value: number
  lines: number
}

export type VarianceReport = {
  lines: VarianceLine[]
  uncounted: {
    id: string
    inventory_item_id: string
    sku: string | null
    title: string | null
    expected_quantity: number
  }[]
  totals: {
    line_count: number
    counted_count: number
    uncounted_count: number
    lines_with_variance: number
    /** Counted lines without a unit cost: their variance has no value. */
    unvalued_count: number
    expected_quantity: number
    counted_quantity: number
    variance_quantity: number
    surplus_quantity: number
    shortage_quantity: number
    by_currency: CurrencyVariance[]
  }
}

const hasCost = (value: unknown) => value !== null && value !== undefined && value !== ""
const toNumber = (value: Parameters<typeof MathBN.convert>[0]) => MathBN.convert(value).toNumber()

/**
 * Per counted line: variance = counted − expected, valued at the line's unit
 * cost in its currency (BigNumber maths, never floats). Totals of money are
 * kept per currency; quantity totals cover counted lines only.
 */
export function computeVariance(lines: LineForVariance[]): VarianceReport {
  const counted = lines.filter((l) => l.counted_quantity !== null && l.counted_quantity !== undefined)
  const money = new Map<string, { net: any; surplus: any; shortage: any; lines: number }>()
  let surplus = 0
  let shortage = 0

  const reportLines: VarianceLine[] = counted.map((line) => {
    const variance = (line.counted_quantity as number) - line.expected_quantity
    if (variance > 0) surplus += variance
    else shortage -= variance
    const valued = hasCost(line.unit_cost) && Boolean(line.currency_code)
    let value: number | null = null
    if (valued) {
      const cost = (line.raw_unit_cost ?? line.unit_cost) as any
      const amount = MathBN.mult(cost, variance)
      value = amount.toNumber()
      const currency = (line.currency_code as string).toLowerCase()
      const bucket = money.get(currency) ?? {
        net: MathBN.convert(0),
        surplus: MathBN.convert(0),
        shortage: MathBN.convert(0),
        lines: 0,
      }
      bucket.net = MathBN.add(bucket.net, amount)
      if (variance > 0) bucket.surplus = MathBN.add(bucket.surplus, amount)
      if (variance < 0) bucket.shortage = MathBN.add(bucket.shortage, MathBN.abs(amount))
      bucket.lines += 1
      money.set(currency, bucket)
    }
    return {
      id: line.id,
      inventory_item_id: line.inventory_item_id,
      sku: line.sku,
      title: line.title ?? null,
      expected_quantity: line.expected_quantity,
      counted_quantity: line.counted_quantity as number,
      variance_quantity: variance,
      unit_cost: valued ? toNumber((line.raw_unit_cost ?? line.unit_cost) as any) : null,
      currency_code: valued ? (line.currency_code as string).toLowerCase() : null,
      variance_value: value,
      applied_delta: line.applied_delta ?? null,
    }
  })

  const uncounted = lines
    .filter((l) => l.counted_quantity === null || l.counted_quantity === undefined)
    .map((l) => ({
      id: l.id,
      inventory_item_id: l.inventory_item_id,
      sku: l.sku,
      title: l.title ?? null,
      expected_quantity: l.expected_quantity,
    }))

  return {
    lines: reportLines,
    uncounted,
    totals: {
      line_count: lines.length,
      counted_count: counted.length,
      uncounted_count: uncounted.length,
      lines_with_variance: reportLines.filter((l) => l.variance_quantity !== 0).length,
      unvalued_count: reportLines.filter((l) => l.variance_value === null).length,
      expected_quantity: counted.reduce((sum, l) => sum + l.expected_quantity, 0),
      counted_quantity: counted.reduce((sum, l) => sum + (l.counted_quantity as number), 0),
      variance_quantity: surplus - shortage,
      surplus_quantity: surplus,
      shortage_quantity: shortage,
      by_currency: [...money.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency_code, b]) => ({
          currency_code,
          variance_value: b.net.toNumber(),
          surplus_value: b.surplus.toNumber(),
          shortage_value: b.shortage.toNumber(),
          lines: b.lines,
        })),
    },
  }
}
