import { MathBN } from "@medusajs/framework/utils"
import { ANALYTICS_REPORT_MODULE } from "../../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../../modules/analytics-report/service"
import type { ReportContext } from "../../../modules/analytics-report/types"

/** A row of daily amounts in one currency. */
export type DailyRow = { day: string; currency_code: string } & Record<string, unknown>

/**
 * Optional currency conversion (`convert_to`): each day's amounts are
 * multiplied by the latest rate into the target currency valid on that day.
 * A currency lacking a rate on any day with data stays unconverted (its own
 * group) and is named in `notes`, so a group is never half converted.
 */
export async function convertDaily<T extends DailyRow>(
  ctx: ReportContext,
  rows: T[],
  moneyKeys: string[]
): Promise<{ rows: T[]; notes: string[] }> {
  const target = ctx.query.convert_to
  if (!target || !rows.length) return { rows, notes: [] }
  const service: AnalyticsReportModuleService = ctx.container.resolve(ANALYTICS_REPORT_MODULE)
  const currencies = [...new Set(rows.map((r) => r.currency_code))].filter((c) => c !== target)
  if (!currencies.length) return { rows, notes: [] }
  const days = rows.map((r) => r.day).sort()
  const rates = await service.ratesByDay({ currencies, base: target, from: days[0], to: days[days.length - 1] })
  const missing = new Map<string, string[]>()
  for (const r of rows) {
    if (r.currency_code === target) continue
    if (!rates.get(r.currency_code)?.get(r.day)) {
      const list = missing.get(r.currency_code) ?? []
      list.push(r.day)
      missing.set(r.currency_code, list)
    }
  }
  const out = rows.map((r) => {
    if (r.currency_code === target || missing.has(r.currency_code)) return r
    const rate = rates.get(r.currency_code)!.get(r.day)!
    const converted: Record<string, unknown> = { ...r, currency_code: target }
    for (const k of moneyKeys) {
      if (r[k] !== null && r[k] !== undefined) converted[k] = MathBN.mult(r[k] as string, rate).toFixed()
    }
    return converted as T
  })
  const notes = [...missing.entries()].map(([code, list]) => {
    const unique = [...new Set(list)].sort()
    return `missing_rates: no ${code}→${target} rate for ${unique.length} day(s) from ${unique[0]}; ${code} is shown unconverted`
  })
  return { rows: out, notes }
}
