import type { Granularity } from "../types"

/**
 * Calendar days as YYYY-MM-DD strings. All arithmetic is on the calendar
 * (UTC date parts), never on local clock time, so it cannot drift with DST.
 */

const DAY_MS = 86_400_000
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether `s` is a real calendar day written YYYY-MM-DD. */
export function isDay(s: string): boolean {
  const m = DAY_RE.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

function toUtc(day: string): number {
  const m = DAY_RE.exec(day)
  if (!m) throw new Error(`Not a day: ${day}`)
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

export function addDays(day: string, n: number): string {
  return fromUtc(toUtc(day) + n * DAY_MS)
}

/** Days from `from` to `to`, both included (1 when equal; 0 or less when to < from). */
export function spanDays(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS) + 1
}

/** Every day of [from, to]. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d)
  return out
}

/** The start of the period holding `day`: the day itself, the Monday of its ISO week, or the 1st of its month. */
export function periodStart(day: string, granularity: Granularity): string {
  if (granularity === "day") return day
  if (granularity === "month") return `${day.slice(0, 7)}-01`
  const weekday = new Date(toUtc(day)).getUTCDay() // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7))
}

/** The start of the period after the one starting at `start`. */
export function nextPeriod(start: string, granularity: Granularity): string {
  if (granularity === "day") return addDays(start, 1)
  if (granularity === "week") return addDays(start, 7)
  const y = Number(start.slice(0, 4))
  const m = Number(start.slice(5, 7))
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`
}

/**
 * Period starts covering [from, to]. The first may lie before `from` (a week
 * or month that starts earlier); its figures still only count days in range.
 */
export function periodStarts(from: string, to: string, granularity: Granularity): string[] {
  const out: string[] = []
  for (let p = periodStart(from, granularity); p <= to; p = nextPeriod(p, granularity)) out.push(p)
  return out
}

/** The range of the same length that ends the day before `from`. */
export function previousRange(from: string, to: string): { from: string; to: string } {
  const len = spanDays(from, to)
  const prevTo = addDays(from, -1)
  return { from: addDays(prevTo, -(len - 1)), to: prevTo }
}

/**
 * One point per period start, in order: the value found for it, or `zero()`
 * for a period without data.
 */
export function zeroFill<T extends Record<string, unknown>>(
  periods: string[],
  byPeriod: Map<string, T>,
  zero: () => T
): ({ period: string } & T)[] {
  return periods.map((period) => ({ ...(byPeriod.get(period) ?? zero()), period }))
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Whether `tz` is an IANA time zone this runtime knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone: tz })
    return true
  } catch {
    return false
  }
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone, as Postgres' `(ts AT TIME ZONE tz)::date`. */
export function dayInTimeZone(at: Date | string, tz: string): string {
  let f = formatters.get(tz)
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" })
    formatters.set(tz, f)
  }
  const parts = f.formatToParts(typeof at === "string" ? new Date(at) : at)
  const get = (t: string) => parts.find((p) => p.type === t)!.value
  return `${get("year")}-${get("month")}-${get("day")}`
}

/** Today in a time zone. */
export function today(tz: string, now: Date = new Date()): string {
  return dayInTimeZone(now, tz)
}
