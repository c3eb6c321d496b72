import { MathBN } from "@medusajs/framework/utils"
import type { FactFilter, ReportContext, ReportRecord } from "../../../modules/analytics-report/types"
import { periodStart } from "../../../modules/analytics-report/utils/periods"

/** The fact filter of the report's range (or its compare range) with the query's filters. */
export function factFilter(ctx: ReportContext, which: "range" | "previous" = "range"): FactFilter {
  const r = which === "range" ? ctx.range : ctx.compare_range!
  return {
    from: r.from,
    to: r.to,
    region_id: ctx.query.region_id,
    sales_channel_id: ctx.query.sales_channel_id,
    currency_code: ctx.query.currency_code,
  }
}

/** A decimal string without trailing zeros ("12.50" -> "12.5", null -> "0"). */
export function money(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "0"
  const s = String(value)
  if (!s.includes(".")) return s === "-0" ? "0" : s
  const trimmed = s.replace(/0+$/, "").replace(/\.$/, "")
  return trimmed === "-0" || trimmed === "" ? "0" : trimmed
}

/** a ÷ b as a number rounded to 4 places; null when b is 0. */
export function ratio(a: string | number, b: string | number): number | null {
  if (MathBN.eq(b, 0)) return null
  return Number(MathBN.div(a, b).toFixed(4))
}

const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/

/** A plain decimal ("-12.345", 7) as an integer and its scale; null for anything else (exponents, NaN). */
function scaled(value: string | number): { units: bigint; scale: number } | null {
  const m = PLAIN_DECIMAL.exec(String(value))
  if (!m) return null
  const fraction = m[3] ?? ""
  const units = BigInt(m[2] + fraction)
  return { units: m[1] ? -units : units, scale: fraction.length }
}

/**
 * a ÷ b as a 2-place decimal string, rounded half away from zero; null when
 * b is 0. Exact integer arithmetic on the decimal strings (a report divides
 * hundreds of times per request; BigNumber is the fallback for odd input).
 */
export function divide2(a: string | number, b: string | number): string | null {
  const x = scaled(a)
  const y = scaled(b)
  if (!x || !y) {
    if (MathBN.eq(b, 0)) return null
    return MathBN.div(a, b).toFixed(2)
  }
  if (y.units === 0n) return null
  // a / b * 100 = (xu * 10^(ys + 2)) / (yu * 10^xs)
  let numerator = x.units * 10n ** BigInt(y.scale + 2)
  let denominator = y.units * 10n ** BigInt(x.scale)
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n
  if (numerator < 0n) numerator = -numerator
  if (denominator < 0n) denominator = -denominator
  const cents = (2n * numerator + denominator) / (2n * denominator)
  const digits = cents.toString().padStart(3, "0")
  const text = `${digits.slice(0, -2)}.${digits.slice(-2)}`
  return negative && cents !== 0n ? `-${text}` : text
}

/** The period start of a day at the report's granularity. */
export function bucketOf(ctx: ReportContext, day: string): string {
  return periodStart(day, ctx.range.granularity)
}

/** Records keyed by currency (null currency for reports without money). */
export function byCurrency<T extends { currency_code: string | null }>(rows: T[]): Map<string | null, T[]> {
  const out = new Map<string | null, T[]>()
  for (const row of rows) {
    const list = out.get(row.currency_code) ?? []
    list.push(row)
    out.set(row.currency_code, list)
  }
  return out
}

/** A record with every key of `keys` set to zero (money "0", counts 0). */
export function zeros(moneyKeys: string[], countKeys: string[] = []): ReportRecord {
  const out: ReportRecord = {}
  for (const k of moneyKeys) out[k] = "0"
  for (const k of countKeys) out[k] = 0
  return out
}

/** Adds `row`'s money (MathBN, exact) and count keys into `acc` (creating keys at zero). */
export function addInto(
  acc: Record<string, unknown>,
  row: Record<string, unknown>,
  moneyKeys: readonly string[],
  countKeys: readonly string[]
) {
  for (const k of moneyKeys) acc[k] = MathBN.add((acc[k] as string) ?? 0, (row[k] as string) ?? 0).toFixed()
  for (const k of countKeys) acc[k] = Number(acc[k] ?? 0) + Number(row[k] ?? 0)
  return acc
}

/** Group currencies: every currency seen, sorted; the filtered currency when nothing was seen. */
export function groupCurrencies(ctx: ReportContext, ...seen: Iterable<string>[]): string[] {
  const all = new Set<string>()
  for (const s of seen) for (const c of s) all.add(c)
  if (!all.size && ctx.query.currency_code) all.add(ctx.query.convert_to ?? ctx.query.currency_code)
  return [...all].sort()
}
