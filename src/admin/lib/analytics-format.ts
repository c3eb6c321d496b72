/**
 * Pure helpers of the analytics page: date ranges, exact decimal comparison of report figures,
 * value formatting by column type, series alignment and the CSV file name. No SDK, no React.
 */
import type { ColumnType, Granularity, ReportColumn, ReportRecord, ReportValue, SeriesPoint } from "./analytics-types"
import { formatDate, formatMoney, formatPercent } from "./format"

// ---------------------------------------------------------------------------------------------
// Dates: YYYY-MM-DD strings, with day arithmetic in UTC so the browser's time zone never shifts a day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export const isIsoDate = (value: string | null | undefined): value is string => {
  const match = value ? ISO_DATE.exec(value) : null
  if (!match) return false
  const [y, m, d] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const fromUtc = (date: Date) => date.toISOString().slice(0, 10)
const toUtc = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}

export const addDays = (iso: string, days: number) => {
  const date = toUtc(iso)
  date.setUTCDate(date.getUTCDate() + days)
  return fromUtc(date)
}

/** Days from `from` to `to`, both included. */
export const daysBetween = (from: string, to: string) =>
  Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000) + 1

/** Today's date in a time zone (the store's reporting zone), else in the browser's. */
export const todayIn = (timeZone?: string | null, now: Date = new Date()) => {
  try {
    const parts = new Intl.DateTimeFormat("en-CA", {
      timeZone: timeZone || undefined,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).formatToParts(now)
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
    const iso = `${part("year")}-${part("month")}-${part("day")}`
    if (isIsoDate(iso)) return iso
  } catch {
    // unknown time zone: fall through to the browser's date
  }
  return localIsoDate(now)
}

/** A local Date (as the date picker gives it) as YYYY-MM-DD, and back. */
export const localIsoDate = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`

export const localDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number)
  return new Date(y, m - 1, d)
}

export const RANGE_PRESETS = [
  { value: "last_7_days", label: "Last 7 days" },
  { value: "last_30_days", label: "Last 30 days" },
  { value: "last_90_days", label: "Last 90 days" },
  { value: "this_month", label: "This month" },
  { value: "last_month", label: "Last month" },
  { value: "this_year", label: "This year" },
  { value: "custom", label: "Custom" },
] as const

export type RangePreset = (typeof RANGE_PRESETS)[number]["value"]

export const isRangePreset = (value: string | null | undefined): value is RangePreset =>
  RANGE_PRESETS.some((p) => p.value === value)

/** The inclusive range of a preset, ending today (or covering last month). */
export const presetRange = (preset: Exclude<RangePreset, "custom">, today: string) => {
  const [y, m] = today.split("-").map(Number)
  const monthStart = `${y}-${String(m).padStart(2, "0")}-01`
  switch (preset) {
    case "last_7_days":
      return { from: addDays(today, -6), to: today }
    case "last_30_days":
      return { from: addDays(today, -29), to: today }
    case "last_90_days":
      return { from: addDays(today, -89), to: today }
    case "this_month":
      return { from: monthStart, to: today }
    case "last_month": {
      const to = addDays(monthStart, -1)
      return { from: `${to.slice(0, 7)}-01`, to }
    }
    case "this_year":
      return { from: `${y}-01-01`, to: today }
  }
}

// ---------------------------------------------------------------------------------------------
// Exact decimals: money arrives as decimal strings; comparisons and changes never go through floats.

type Decimal = { units: bigint; scale: number }

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/

export const parseDecimal = (value: ReportValue | undefined): Decimal | null => {
  if (value === null || value === undefined || typeof value === "boolean") return null
  let text = String(value).trim()
  // Plain numbers (counts, ratios) may come in exponent form: write them out.
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null
    text = Number.isInteger(value) ? value.toFixed(0) : value.toFixed(12).replace(/0+$/, "")
  }
  const match = DECIMAL.exec(text)
  if (!match) return null
  const [, sign, whole, fraction = ""] = match
  const units = BigInt(`${whole}${fraction}` || "0")
  return { units: sign === "-" ? -units : units, scale: fraction.length }
}

const align = (a: Decimal, b: Decimal): [bigint, bigint] => {
  const scale = Math.max(a.scale, b.scale)
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale)]
}

/** -1, 0 or 1 (null and unparsable values sort as the smallest). */
export const compareDecimal = (a: ReportValue | undefined, b: ReportValue | undefined) => {
  const x = parseDecimal(a)
  const y = parseDecimal(b)
  if (!x || !y) return x ? 1 : y ? -1 : 0
  const [p, q] = align(x, y)
  return p === q ? 0 : p > q ? 1 : -1
}

export type Change = {
  /** The sign of current − previous, exact. */
  direction: "up" | "down" | "flat"
  /** (current − previous) / |previous|, to 6 decimals; null when previous is 0 or missing ('n/a'). */
  ratio: number | null
}

const RATIO_SCALE = 1_000_000n

/** The change of a figure against the previous period; null when there is no current figure. */
export const computeChange = (current: ReportValue | undefined, previous: ReportValue | undefined): Change | null => {
  const now = parseDecimal(current)
  if (!now) return null
  const before = parseDecimal(previous)
  if (!before) return { direction: "flat", ratio: null }
  const [p, q] = align(now, before)
  const diff = p - q
  const direction = diff === 0n ? "flat" : diff > 0n ? "up" : "down"
  if (q === 0n) return { direction, ratio: null }
  const magnitude = q < 0n ? -q : q
  return { direction, ratio: Number((diff * RATIO_SCALE) / magnitude) / Number(RATIO_SCALE) }
}

/** +12.5% / −3% / 0% / n/a. */
export const formatChange = (change: Change | null) => {
  if (!change || change.ratio === null) return "n/a"
  const text = formatPercent(Math.abs(change.ratio))
  return change.direction === "up" ? `+${text}` : change.direction === "down" ? `−${text}` : text
}

/** Whether a change is good news: up is good unless the figure is a cost (refunds, stock-outs...). */
export const changeTone = (change: Change | null, lowerIsBetter = false): "positive" | "negative" | "neutral" => {
  if (!change || change.direction === "flat") return "neutral"
  return (change.direction === "up") !== lowerIsBetter ? "positive" : "negative"
}

// ---------------------------------------------------------------------------------------------
// Values by column type.

const countFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 })
const monthLabel = new Intl.DateTimeFormat(undefined, { month: "short", year: "numeric", timeZone: "UTC" })

export const formatValue = (value: ReportValue | undefined, type: ColumnType, currencyCode?: string | null) => {
  if (value === null || value === undefined || value === "") return "—"
  switch (type) {
    case "money":
      return formatMoney(Number(value), currencyCode)
    case "count":
      return Number.isFinite(Number(value)) ? countFormat.format(Number(value)) : String(value)
    case "ratio":
      return Number.isFinite(Number(value)) ? formatPercent(Number(value)) : String(value)
    case "days": {
      const days = Number(value)
      if (!Number.isFinite(days)) return String(value)
      return `${countFormat.format(days)} ${days === 1 ? "day" : "days"}`
    }
    case "date":
      if (typeof value === "string" && isIsoDate(value)) return formatDate(localDate(value))
      // A month (cohorts): "Mar 2026".
      if (typeof value === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(value))
        return monthLabel.format(toUtc(`${value}-01`))
      return formatDate(String(value))
    default:
      return typeof value === "boolean" ? (value ? "Yes" : "No") : String(value)
  }
}

/** A month ("2026-03" or its first day "2026-03-01") as "Mar 2026"; other values as formatValue's dates. */
export const formatMonth = (value: ReportValue | undefined) => {
  const month = typeof value === "string" ? /^(\d{4}-(0[1-9]|1[0-2]))(-01)?$/.exec(value)?.[1] : undefined
  return month ? monthLabel.format(toUtc(`${month}-01`)) : formatValue(value, "date")
}

/** A figure for a chart axis (charts plot numbers; the figures shown as text stay exact). */
export const chartNumber = (value: ReportValue | undefined) => {
  if (value === null || value === undefined || value === "" || typeof value === "boolean") return null
  const n = Number(value)
  return Number.isFinite(n) ? n : null
}

const dayLabel = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", timeZone: "UTC" })

/** A period start as an axis label: "Nov 3", "Wk Nov 3", "Nov 2026". */
export const periodLabel = (period: string, granularity: Granularity) => {
  if (!isIsoDate(period)) return period
  const date = toUtc(period)
  if (granularity === "month") return monthLabel.format(date)
  return granularity === "week" ? `Wk ${dayLabel.format(date)}` : dayLabel.format(date)
}

// ---------------------------------------------------------------------------------------------
// Columns, rows and series.

/** The columns describing fields present in some record, in the envelope's order. */
export const columnsIn = (columns: ReportColumn[], records: ReportRecord[], exclude: string[] = []) =>
  columns.filter((c) => !exclude.includes(c.key) && records.some((r) => r[c.key] !== undefined))

/** Rows sorted by one column, by its type; empty values last in either direction. */
export const sortRows = <T extends ReportRecord>(rows: T[], column: ReportColumn | undefined, desc: boolean) => {
  if (!column) return rows
  const empty = (v: ReportValue | undefined) => v === null || v === undefined || v === ""
  const numeric = column.type !== "text" && column.type !== "date"
  return [...rows].sort((a, b) => {
    const x = a[column.key]
    const y = b[column.key]
    if (empty(x) || empty(y)) return empty(x) === empty(y) ? 0 : empty(x) ? 1 : -1
    const order = numeric ? compareDecimal(x, y) : String(x).localeCompare(String(y))
    return desc ? -order : order
  })
}

export type ChartPoint = {
  period: string
  label: string
  current: number | null
  previous: number | null
  previous_period: string | null
}

/** The current series with the previous period's aligned by position (same number of periods). */
export const alignSeries = (
  current: SeriesPoint[],
  previous: SeriesPoint[] | null | undefined,
  key: string,
  granularity: Granularity
): ChartPoint[] =>
  current.map((point, i) => {
    const before = previous?.[i]
    return {
      period: point.period,
      label: periodLabel(point.period, granularity),
      current: chartNumber(point[key]),
      previous: before ? chartNumber(before[key]) : null,
      previous_period: before?.period ?? null,
    }
  })

/** `attachment; filename="sales-2026-01-01-2026-01-31.csv"` → the file name (RFC 6266, with filename*). */
export const filenameFromDisposition = (header: string | null | undefined, fallback: string) => {
  if (!header) return fallback
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ""))
    } catch {
      // malformed escape: try the plain parameter
    }
  }
  const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;\s]+)/.exec(header)
  if (!plain) return fallback
  const name = plain[2] !== undefined ? plain[2].replace(/\\(.)/g, "$1") : plain[1]
  // Never let a header choose a path.
  return name.replace(/[/\\]/g, "_").trim() || fallback
}
